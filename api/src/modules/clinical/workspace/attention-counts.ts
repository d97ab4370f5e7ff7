import { Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';

/** A note still unsigned this long after its session is late (documentation norms, domain.md §6.1). */
export const LATE_NOTE_HOURS = 72;

/**
 * One clinician's "needs my attention" as counts: what the practice manager oversees without
 * reading a single clinical detail (counts are OPERATIONAL; no patient appears).
 */
@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
export class ClinicianAttentionCounts {
  @Field(() => ID) staffMemberId!: string;
  @DataClassOf(DataClass.DIRECTORY) @Field() name!: string;
  @Field(() => Int, { description: 'Drafts not yet signed.' }) unsignedNotes!: number;
  @Field(() => Int, { description: `Of those, sessions over ${LATE_NOTE_HOURS} hours ago.` }) lateNotes!: number;
  @Field(() => Int, { description: "Supervisees' notes waiting for this clinician's co-signature." })
  awaitingCosignature!: number;
  @Field(() => Int, { description: 'Charges of their sessions held by documentation errors.' }) heldCharges!: number;
  @Field(() => Int, { description: 'Safety alerts sent to them and not yet acknowledged.' }) openSafetyAlerts!: number;
  @Field(() => Int, { description: 'Active treatment plans they wrote that are due for review within 7 days.' })
  planReviewsDue!: number;
}

@Resolver()
export class AttentionCountsResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @Query(() => [ClinicianAttentionCounts], { description: '"Needs attention" counts for every active clinician.' })
  async attentionByClinician(@Ctx() ctx: RequestContext): Promise<ClinicianAttentionCounts[]> {
    // One statement: each count is an indexed subselect per clinician (a practice has tens of them).
    return ctx.em.getConnection().execute<ClinicianAttentionCounts[]>(
      `select s.id as "staffMemberId",
              s.first_name || ' ' || s.last_name || ', ' || s.credentials as name,
              (select count(*) from progress_note n where n.author_id = s.id and n.status = 'DRAFT')::int as "unsignedNotes",
              (select count(*) from progress_note n where n.author_id = s.id and n.status = 'DRAFT'
                  and coalesce((n.content->>'sessionEnd')::timestamptz, n.created_at)
                      < now() - make_interval(hours => ?))::int as "lateNotes",
              (select count(*) from progress_note n
                where n.cosigner_id = s.id and n.status = 'SIGNED' and n.cosigned_at is null)::int as "awaitingCosignature",
              (select count(*) from charge c
                where c.rendering_provider_id = s.id and c.status = 'HELD')::int as "heldCharges",
              (select count(*) from safety_alert a
                where a.practice_id = s.practice_id and s.id = any(a.recipient_staff_ids)
                  and a.acknowledged_at is null)::int as "openSafetyAlerts",
              (select count(*) from treatment_plan_version v
                where v.author_id = s.id and v.status = 'ACTIVE'
                  and v.review_due_on <= current_date + 7)::int as "planReviewsDue"
         from staff_member s
        where s.practice_id = ? and s.active and 'CLINICIAN' = any(s.roles)
        order by s.last_name, s.first_name`,
      [LATE_NOTE_HOURS, ctx.viewer!.practiceId],
    );
  }
}
