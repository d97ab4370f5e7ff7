import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { RequestContext } from '../../platform/context/request-context';
import { AuditAction, AuditEvent } from '../../platform/audit/audit-event.entity';
import { verifyAuditChain } from '../../platform/audit/audit-log';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PageArgs, decodeCursor, encodeCursor } from '../../platform/graphql/pagination';

@ArgsType()
class AuditEventFilter extends PageArgs {
  @Field(() => Date, { nullable: true }) @IsOptional() from?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() to?: Date | null;
  @Field(() => ID, { nullable: true }) @IsOptional() patientId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() actorUserId?: string | null;
  @Field(() => AuditAction, { nullable: true }) @IsOptional() action?: AuditAction | null;
}

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
class AuditEventPage {
  @Field(() => [AuditEvent]) nodes!: AuditEvent[];
  @Field(() => String, { nullable: true }) nextCursor!: string | null;
}

@DataClassOf(DataClass.AUDIT)
@ObjectType({ description: "The result of re-computing the practice's audit hash chain." })
class AuditChainReport {
  @Field() ok!: boolean;
  @Field(() => Int) checkedCount!: number;
  @Field(() => ID, { nullable: true, description: 'The first event whose hash or link does not hold.' })
  firstBrokenEventId!: string | null;
}

/** The practice manager's audit report (ONC 170.315(d)(3)): filter by time, patient, user and action. */
@Resolver()
export class AuditResolver {
  @DataClassOf(DataClass.AUDIT)
  @Query(() => AuditEventPage, { description: 'Audit events, newest first.' })
  async auditEvents(@Args() filter: AuditEventFilter, @Ctx() ctx: RequestContext): Promise<AuditEventPage> {
    const offset = decodeCursor(filter.after);
    const where: Record<string, unknown> = { practiceId: ctx.viewer!.practiceId };
    if (filter.patientId) where.patientId = filter.patientId;
    if (filter.actorUserId) where.actorUserId = filter.actorUserId;
    if (filter.action) where.action = filter.action;
    if (filter.from || filter.to) {
      where.occurredAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    const rows = await ctx.em.find(AuditEvent, where, {
      orderBy: { occurredAt: 'desc', id: 'desc' },
      limit: filter.first + 1,
      offset,
    });
    return {
      nodes: rows.slice(0, filter.first),
      nextCursor: rows.length > filter.first ? encodeCursor(offset + filter.first) : null,
    };
  }

  @DataClassOf(DataClass.AUDIT)
  @Query(() => AuditChainReport, { description: 'Checks that no audit event was changed, removed or inserted.' })
  verifyAuditChain(@Ctx() ctx: RequestContext): Promise<AuditChainReport> {
    return verifyAuditChain(ctx.em, ctx.viewer!.practiceId);
  }
}
