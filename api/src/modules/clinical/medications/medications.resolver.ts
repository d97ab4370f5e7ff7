import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { groupBy, requestLoader } from '../../../platform/graphql/request-loader';
import { DateOnly } from '../../../platform/graphql/scalars';
import { StaffMember } from '../../identity';
import { Patient } from '../../patients';
import { Allergy } from './allergy.entity';
import { Medication } from './medication.entity';
import { medicationListService } from './medication-list.service';
import { AddAllergyInput, AddMedicationInput, StopMedicationInput } from './medications.inputs';
import { PdmpCheck } from './pdmp-check.entity';
import { Prescription } from './prescription.entity';

const staffName = (staff: StaffMember) => `${staff.firstName} ${staff.lastName}, ${staff.credentials}`;

@Resolver(() => Patient)
export class PatientMedicationsResolver {
  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [Medication], { description: 'The medication list: active first, then stopped, newest first.' })
  medications(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Medication[]> {
    const loader = requestLoader<string, Medication[]>(ctx, 'medicationsByPatient', async (patientIds) => {
      const rows = await ctx.em.find(
        Medication,
        { patient: { $in: [...patientIds] } },
        { orderBy: { status: 'asc', stoppedOn: 'desc', startedOn: 'desc', createdAt: 'desc' } },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [Allergy], { description: 'Allergies on the list now (removed ones are kept, not shown).' })
  allergies(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Allergy[]> {
    const loader = requestLoader<string, Allergy[]>(ctx, 'allergiesByPatient', async (patientIds) => {
      const rows = await ctx.em.find(
        Allergy,
        { patient: { $in: [...patientIds] }, removedAt: null },
        { orderBy: { notedOn: 'desc', createdAt: 'desc' } },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => DateOnly, {
    nullable: true,
    description:
      'The day a clinician confirmed "no known allergies" (NKDA); null when not confirmed or an allergy is listed.',
  })
  noKnownAllergiesOn(@Root() patient: Patient): string | null {
    return patient.noKnownAllergiesOn ?? null;
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => Patient, { description: 'Confirms "no known allergies" today; refused while allergies are listed.' })
  confirmNoKnownAllergies(@Arg('patientId', () => ID) patientId: string, @Ctx() ctx: RequestContext): Promise<Patient> {
    return medicationListService.confirmNoKnownAllergies(ctx, patientId);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [Prescription], { description: 'Prescriptions, drafts and signed, newest first.' })
  prescriptions(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Prescription[]> {
    const loader = requestLoader<string, Prescription[]>(ctx, 'prescriptionsByPatient', async (patientIds) => {
      const rows = await ctx.em.find(
        Prescription,
        { patient: { $in: [...patientIds] } },
        { orderBy: { createdAt: 'desc' } },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [PdmpCheck], { description: 'PDMP check attestations, newest first.' })
  pdmpChecks(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<PdmpCheck[]> {
    const loader = requestLoader<string, PdmpCheck[]>(ctx, 'pdmpChecksByPatient', async (patientIds) => {
      const rows = await ctx.em.find(
        PdmpCheck,
        { patient: { $in: [...patientIds] } },
        { orderBy: { checkedAt: 'desc' }, populate: ['checkedBy'] },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }
}

@Resolver(() => Medication)
export class MedicationResolver {
  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => Medication, { description: 'Adds a drug to the medication list (formulary or free text).' })
  addMedication(@Arg('input') input: AddMedicationInput, @Ctx() ctx: RequestContext): Promise<Medication> {
    return medicationListService.addMedication(ctx, input);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => Medication, { description: 'Marks a medication stopped; it stays on the list for washout checks.' })
  stopMedication(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => StopMedicationInput, { nullable: true }) input: StopMedicationInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Medication> {
    return medicationListService.stopMedication(ctx, id, input ?? {});
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  patientId(@Root() medication: Medication): string {
    return medication.patient.id;
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'One of our prescribers by name, or the outside prescriber as written.',
  })
  async prescriberName(@Root() medication: Medication): Promise<string | null> {
    if (medication.prescriber) return staffName(await medication.prescriber.loadOrFail());
    return medication.outsidePrescriberName ?? null;
  }
}

@Resolver(() => Allergy)
export class AllergyResolver {
  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => Allergy)
  addAllergy(@Arg('input') input: AddAllergyInput, @Ctx() ctx: RequestContext): Promise<Allergy> {
    return medicationListService.addAllergy(ctx, input);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => Allergy, { description: 'Takes an allergy off the list (kept with who removed it and when).' })
  removeAllergy(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Allergy> {
    return medicationListService.removeAllergy(ctx, id);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  patientId(@Root() allergy: Allergy): string {
    return allergy.patient.id;
  }
}

@Resolver(() => PdmpCheck)
export class PdmpCheckResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  checkedById(@Root() check: PdmpCheck): string {
    return check.checkedBy.id;
  }

  @DataClassOf(DataClass.DIRECTORY)
  @FieldResolver(() => String)
  async checkedByName(@Root() check: PdmpCheck): Promise<string> {
    return staffName(await check.checkedBy.loadOrFail());
  }
}
