import { Field, InputType } from 'type-graphql';
import { DateOnly } from '../../../platform/graphql/scalars';
import { TreatmentPlanContent } from './plan-content';

@InputType()
export class SaveTreatmentPlanDraftInput {
  @Field(() => TreatmentPlanContent, { description: 'The whole plan (autosave sends it all).' })
  content!: TreatmentPlanContent;
  @Field(() => DateOnly, { nullable: true, description: 'Defaults to 90 days after activation.' })
  reviewDueOn?: string | null;
}
