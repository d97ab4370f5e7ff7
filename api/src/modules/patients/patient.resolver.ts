import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { selectsField } from '../../platform/graphql/selection';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PageArgs } from '../../platform/graphql/pagination';
import { Payer } from '../billing';
import { StaffMember } from '../identity';
import { CareTeamMember, CareTeamRole } from './care-team-member.entity';
import { careTeamService } from './care-team.service';
import { EmergencyAccessGrant } from './emergency-access-grant.entity';
import { InsurancePolicy } from './insurance-policy.entity';
import { InsuranceCardImage } from './insurance-card-image.entity';
import { groupBy, requestLoader } from '../../platform/graphql/request-loader';
import { AddInsurancePolicyInput, UpdateInsurancePolicyInput } from './insurance-policy.inputs';
import { insurancePolicyService } from './insurance-policy.service';
import { Patient } from './patient.entity';
import { MissingItem, readMissingItems } from './patient-alerts';
import {
  CreatePatientInput,
  DuplicateCandidate,
  UpdateMyContactDetailsInput,
  UpdatePatientInput,
} from './patient.inputs';
import { patientService } from './patient.service';
import { PatientPage } from './patient.types';

@Resolver(() => Patient)
export class PatientResolver {
  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Query(() => Patient, { description: 'One patient by id.' })
  patient(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Patient> {
    return patientService.get(ctx, id, { withCoverage: selectsField(info, 'insurancePolicies') });
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Query(() => Patient, { description: "The signed-in patient's own record (portal)." })
  myProfile(@Ctx() ctx: RequestContext): Promise<Patient> {
    return patientService.get(ctx, ctx.viewer!.patientId!);
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Query(() => PatientPage, {
    description:
      'Patients matching a name, date of birth (YYYY-MM-DD or M/D/YYYY), phone or MRN. Clinicians see their care team.',
  })
  patients(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<PatientPage> {
    return patientService.search(ctx, search, page.first, page.after);
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Query(() => [Patient], {
    description:
      'Existing patients a new record may duplicate (same birth date and similar name, or same phone/email).',
  })
  possibleDuplicates(@Arg('candidate') candidate: DuplicateCandidate, @Ctx() ctx: RequestContext): Promise<Patient[]> {
    return patientService.possibleDuplicates(ctx, candidate);
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Mutation(() => Patient)
  createPatient(@Arg('input') input: CreatePatientInput, @Ctx() ctx: RequestContext): Promise<Patient> {
    return patientService.create(ctx, input);
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Mutation(() => Patient)
  updatePatient(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdatePatientInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Patient> {
    return patientService.update(ctx, id, input);
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Mutation(() => Patient, { description: 'A patient updates their own contact details (portal).' })
  updateMyContactDetails(
    @Arg('input') input: UpdateMyContactDetailsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Patient> {
    return patientService.updateOwnContactDetails(ctx, input);
  }

  @DataClassOf(DataClass.FINANCIAL)
  @Mutation(() => InsurancePolicy)
  addInsurancePolicy(
    @Arg('input') input: AddInsurancePolicyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InsurancePolicy> {
    return insurancePolicyService.add(ctx, input);
  }

  @DataClassOf(DataClass.FINANCIAL)
  @Mutation(() => InsurancePolicy)
  updateInsurancePolicy(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateInsurancePolicyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InsurancePolicy> {
    return insurancePolicyService.update(ctx, id, input);
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Mutation(() => CareTeamMember)
  assignCareTeamMember(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('staffMemberId', () => ID) staffMemberId: string,
    @Arg('role', () => CareTeamRole) role: CareTeamRole,
    @Ctx() ctx: RequestContext,
  ): Promise<CareTeamMember> {
    return careTeamService.assign(ctx, patientId, staffMemberId, role);
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Mutation(() => Boolean, { description: 'Takes a clinician off a care team; false if already gone.' })
  removeCareTeamMember(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return careTeamService.remove(ctx, id);
  }

  @DataClassOf(DataClass.AUDIT)
  @Mutation(() => EmergencyAccessGrant, {
    description:
      'Break-the-glass: opens a chart off your care team for 60 minutes. Audited and shown to the practice manager.',
  })
  requestEmergencyAccess(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EmergencyAccessGrant> {
    return careTeamService.requestEmergencyAccess(ctx, patientId, reason);
  }

  @DataClassOf(DataClass.FINANCIAL)
  @FieldResolver(() => [InsurancePolicy], { description: 'Coverage, primary first.' })
  async insurancePolicies(@Root() patient: Patient): Promise<InsurancePolicy[]> {
    const policies = await patient.insurancePolicies.load();
    return [...policies].sort((a, b) => a.priority.localeCompare(b.priority));
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @FieldResolver(() => [CareTeamMember])
  async careTeam(@Root() patient: Patient): Promise<CareTeamMember[]> {
    return [...(await patient.careTeam.load())];
  }

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @FieldResolver(() => [MissingItem], { description: 'What the front desk still needs from the patient today.' })
  alerts(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<MissingItem[]> {
    const loader = requestLoader<string, MissingItem[]>(ctx, 'missingItemsByPatient', async (patientIds) => {
      // The server's date: a day's difference at midnight only shifts when an expiry shows.
      const missing = await readMissingItems(ctx.em, patientIds, new Date().toISOString().slice(0, 10));
      return patientIds.map((id) => missing.get(id) ?? []);
    });
    return loader.load(patient.id);
  }
}

@Resolver(() => InsurancePolicy)
export class InsurancePolicyResolver {
  @DataClassOf(DataClass.FINANCIAL)
  @FieldResolver(() => [InsuranceCardImage], { description: 'Photos of the card, front first.' })
  cardImages(@Root() policy: InsurancePolicy, @Ctx() ctx: RequestContext): Promise<InsuranceCardImage[]> {
    const loader = requestLoader<string, InsuranceCardImage[]>(ctx, 'cardImagesByPolicy', async (policyIds) => {
      const rows = await ctx.em.find(
        InsuranceCardImage,
        { policy: { $in: [...policyIds] } },
        { orderBy: { side: 'desc' } },
      );
      return groupBy(policyIds, rows, (row) => row.policy.id);
    });
    return loader.load(policy.id);
  }

  @FieldResolver(() => Payer)
  async payer(@Root() policy: InsurancePolicy): Promise<Payer> {
    return policy.payer.loadOrFail();
  }
}

@Resolver(() => InsuranceCardImage)
export class InsuranceCardImageResolver {
  @DataClassOf(DataClass.FINANCIAL)
  @FieldResolver(() => String, { description: 'Where the image is served (same-origin, session cookie).' })
  url(@Root() image: InsuranceCardImage): string {
    return `/uploads/insurance-cards/${image.policy.id}/${image.side.toLowerCase()}`;
  }
}

@Resolver(() => CareTeamMember)
export class CareTeamMemberResolver {
  @FieldResolver(() => StaffMember)
  async staffMember(@Root() member: CareTeamMember): Promise<StaffMember> {
    return member.staffMember.loadOrFail();
  }
}

@Resolver(() => EmergencyAccessGrant)
export class EmergencyAccessGrantResolver {
  @DataClassOf(DataClass.AUDIT)
  @Query(() => [EmergencyAccessGrant], { description: 'Break-the-glass grants, newest first (practice manager).' })
  emergencyAccessGrants(@Ctx() ctx: RequestContext): Promise<EmergencyAccessGrant[]> {
    return ctx.em.find(EmergencyAccessGrant, {}, { orderBy: { createdAt: 'desc' }, limit: 200 });
  }

  @FieldResolver(() => Patient)
  async patient(@Root() grant: EmergencyAccessGrant): Promise<Patient> {
    return grant.patient.loadOrFail();
  }

  @FieldResolver(() => StaffMember)
  async staffMember(@Root() grant: EmergencyAccessGrant): Promise<StaffMember> {
    return grant.staffMember.loadOrFail();
  }
}
