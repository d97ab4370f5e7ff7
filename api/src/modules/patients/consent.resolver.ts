import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { groupBy, requestLoader } from '../../platform/graphql/request-loader';
import { Consent, ConsentStatus, consentStatus } from './consent.entity';
import { consentService, RecordConsentInput } from './consent.service';
import { Patient } from './patient.entity';

@Resolver(() => Consent)
export class ConsentResolver {
  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Mutation(() => Consent, { description: 'Records a signed consent (typed e-signature, time and address kept).' })
  recordConsent(@Arg('input') input: RecordConsentInput, @Ctx() ctx: RequestContext): Promise<Consent> {
    return consentService.record(ctx, input);
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Mutation(() => Consent)
  revokeConsent(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Consent> {
    return consentService.revoke(ctx, id, reason);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ConsentStatus)
  status(@Root() consent: Consent): ConsentStatus {
    return consentStatus(consent);
  }
}

@Resolver(() => Patient)
export class PatientConsentsResolver {
  @DataClassOf(DataClass.DEMOGRAPHIC)
  @FieldResolver(() => [Consent], { description: 'Signed consents, newest first.' })
  consents(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Consent[]> {
    const loader = requestLoader<string, Consent[]>(ctx, 'consentsByPatient', async (patientIds) => {
      const rows = await ctx.em.find(Consent, { patient: { $in: [...patientIds] } }, { orderBy: { signedAt: 'desc' } });
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }
}
