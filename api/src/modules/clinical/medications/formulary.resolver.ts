import { Arg, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { searchFormulary } from '../prescribing';

/** A drug the prescriber can pick: the formulary entry, without its interaction classes. */
@DataClassOf(DataClass.DIRECTORY)
@ObjectType()
export class FormularyDrugOption {
  @Field({ description: 'Formulary id (lowercase ingredient), what draftPrescription takes as drug.' })
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Federal controlled-substance schedule (II–V), if any.' })
  controlledSchedule!: string | null;

  @Field(() => [String])
  commonStrengths!: string[];

  @Field(() => [String])
  forms!: string[];
}

@Resolver()
export class FormularyResolver {
  @DataClassOf(DataClass.DIRECTORY)
  @Query(() => [FormularyDrugOption], { description: 'Drugs of the formulary whose name starts with the text.' })
  formularyDrugs(
    @Arg('search') search: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
  ): FormularyDrugOption[] {
    return searchFormulary(search, Math.min(Math.max(first, 1), 50)).map((drug) => ({
      id: drug.id,
      name: drug.name,
      controlledSchedule: drug.controlledSchedule,
      commonStrengths: [...(drug.commonStrengths ?? [])],
      forms: [...(drug.forms ?? [])],
    }));
  }
}
