import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { forbiddenError } from '../../../platform/errors/domain-error';
import { Charge, ChargeStatus } from '../../billing';
import { NoteStatus, ProgressNote } from './progress-note.entity';

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: 'What a clinician still owes: the work that holds up the record and the billing.' })
export class ClinicianAttention {
  @Field(() => [ProgressNote], { description: 'My drafts, oldest session first (over 72 hours is late).' })
  unsignedNotes!: ProgressNote[];

  @Field(() => [ProgressNote], { description: "Supervisees' signed notes waiting for my co-signature." })
  awaitingMyCosignature!: ProgressNote[];

  @Field(() => [Charge], { description: 'Charges of my sessions held by a documentation error.' })
  heldCharges!: Charge[];
}

@Resolver()
export class ClinicianAttentionResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @Query(() => ClinicianAttention, { description: '"Needs my attention" for the signed-in clinician.' })
  async myAttention(@Ctx() ctx: RequestContext): Promise<ClinicianAttention> {
    const me = ctx.viewer?.staffMemberId;
    if (!me) throw forbiddenError();
    // Three indexed reads (author+status, cosigner partial index, practice+status).
    const unsignedNotes = await ctx.em.find(
      ProgressNote,
      { author: me, status: NoteStatus.DRAFT },
      { orderBy: { dateOfService: 'asc', createdAt: 'asc' } },
    );
    const awaitingMyCosignature = await ctx.em.find(
      ProgressNote,
      { cosigner: me, status: NoteStatus.SIGNED, cosignedAt: null },
      { orderBy: { signedAt: 'asc' } },
    );
    const heldCharges = await ctx.em.find(
      Charge,
      { renderingProvider: me, status: ChargeStatus.HELD },
      { orderBy: { dateOfService: 'asc' } },
    );
    return { unsignedNotes, awaitingMyCosignature, heldCharges };
  }
}
