import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { StaffMember } from '../../identity';
import { LOCAL_OUTBOX_MESSAGE } from './e-prescribing.adapter';
import { DraftPrescriptionInput, RecordPdmpCheckInput, SignPrescriptionInput } from './medications.inputs';
import { PdmpCheck } from './pdmp-check.entity';
import { Prescription, PrescriptionStatus, PrescriptionTransmission } from './prescription.entity';
import { prescriptionService } from './prescription.service';
import { hasPrescribingCredentials, signPrescription } from './sign-prescription';

@Resolver(() => Prescription)
export class PrescriptionResolver {
  @DataClassOf(DataClass.CLINICAL)
  @Query(() => Prescription, { description: 'A prescription of a patient on your care team.' })
  prescription(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Prescription> {
    return prescriptionService.reachable(ctx, id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => Prescription, {
    description: "Drafts a prescription and screens it against the patient's medications and allergies.",
  })
  draftPrescription(@Arg('input') input: DraftPrescriptionInput, @Ctx() ctx: RequestContext): Promise<Prescription> {
    return prescriptionService.draft(ctx, input);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => Prescription, {
    description:
      'Signs a draft (prescribers only): severe alerts need an override reason; a controlled substance needs a ' +
      'fresh authenticator code and your own PDMP check of the patient within 24 hours. Adds the drug to the ' +
      'medication list and queues the NewRx.',
  })
  signPrescription(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SignPrescriptionInput, { nullable: true }) input: SignPrescriptionInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Prescription> {
    return signPrescription(ctx, id, input ?? {});
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Mutation(() => ID, { description: 'Discards a draft prescription (a signed one stays: CONFLICT).' })
  discardPrescriptionDraft(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return prescriptionService.discardDraft(ctx, id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => PdmpCheck, { description: "Records that you checked the patient's PDMP (integrated or portal)." })
  recordPdmpCheck(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('input') input: RecordPdmpCheckInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PdmpCheck> {
    return prescriptionService.recordPdmpCheck(ctx, patientId, input);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  patientId(@Root() rx: Prescription): string {
    return rx.patient.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  draftedById(@Root() rx: Prescription): string {
    return rx.draftedBy.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID, { nullable: true, description: 'The prescriber who signed.' })
  prescriberId(@Root() rx: Prescription): string | null {
    return rx.prescriber?.id ?? null;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => PrescriptionTransmission, { nullable: true, description: 'Where the NewRx went, once signed.' })
  transmission(@Root() rx: Prescription): PrescriptionTransmission | null {
    if (!rx.transmissionStatus || !rx.queuedAt || !rx.outboxFile) return null;
    return {
      status: rx.transmissionStatus,
      queuedAt: rx.queuedAt,
      outboxFile: rx.outboxFile,
      message: LOCAL_OUTBOX_MESSAGE,
    };
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => String, { nullable: true, description: 'The printable PDF (signed prescriptions only).' })
  pdfUrl(@Root() rx: Prescription): string | null {
    return rx.status === PrescriptionStatus.SIGNED ? `/documents/prescriptions/${rx.id}.pdf` : null;
  }
}

@Resolver(() => StaffMember)
export class PrescriberCredentialsResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => Boolean, { description: 'DEA number and state licence on file: may sign prescriptions.' })
  hasPrescribingCredentials(@Root() staff: StaffMember): boolean {
    return hasPrescribingCredentials(staff);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => Boolean, { description: 'An authenticator app (TOTP) is set up and active.' })
  totpActive(@Root() staff: StaffMember): boolean {
    return !!staff.totpEnabledAt;
  }
}
