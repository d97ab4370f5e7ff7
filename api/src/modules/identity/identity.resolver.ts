import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext, Viewer } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { appendAuditEntries } from '../../platform/audit/audit-log';
import { AuditAction } from '../../platform/audit/audit-event.entity';
import { Patient } from '../patients';
import { StaffMember } from './staff-member.entity';
import { ViewerType } from './viewer.type';
import { loginService, sessionPolicy, sessionService } from './identity.services';

function toViewerType(viewer: Viewer): ViewerType {
  return Object.assign(new ViewerType(), {
    id: viewer.userId,
    email: viewer.email,
    displayName: viewer.displayName,
    roles: viewer.roles,
    staffMemberId: viewer.staffMemberId,
    patientId: viewer.patientId,
    practiceId: viewer.practiceId,
    sessionExpiresAt: viewer.sessionExpiresAt,
    idleTimeoutSeconds: sessionPolicy.idleSeconds,
  });
}

@Resolver(() => ViewerType)
export class IdentityResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Ctx() ctx: RequestContext): ViewerType | null {
    return ctx.viewer ? toViewerType(ctx.viewer) : null;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Mutation(() => ViewerType, { description: 'Signs in and sets the session cookie.' })
  async login(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ViewerType> {
    // A new sign-in always gets a new session; the old one ends (ASVS 7.2.4).
    if (ctx.viewer) await sessionService.revoke(ctx.em, ctx.viewer.sessionTokenHash);
    const { viewer, token } = await loginService.login(ctx.em, {
      email,
      password,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    ctx.cookies.setSession(token, viewer.sessionExpiresAt);
    return toViewerType(viewer);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Mutation(() => Boolean, { description: 'Ends the session on the server and clears the cookie.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    ctx.cookies.clearSession();
    if (!ctx.viewer) return false;
    await sessionService.revoke(ctx.em, ctx.viewer.sessionTokenHash);
    await appendAuditEntries(ctx.em, [
      {
        practiceId: ctx.viewer.practiceId,
        action: AuditAction.LOGOUT,
        actorUserId: ctx.viewer.userId,
        actorName: ctx.viewer.displayName,
        actorRoles: ctx.viewer.roles,
        ip: ctx.ip,
        requestId: ctx.requestId,
      },
    ]);
    return true;
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'The signed-in staff member, if staff.' })
  staffMember(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext): Promise<StaffMember | null> | null {
    return viewer.staffMemberId ? ctx.em.findOne(StaffMember, { id: viewer.staffMemberId }) : null;
  }

  @FieldResolver(() => Patient, { nullable: true, description: "The signed-in patient's own record, if a patient." })
  patient(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext): Promise<Patient | null> | null {
    return viewer.patientId ? ctx.em.findOne(Patient, { id: viewer.patientId }) : null;
  }
}

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @DataClassOf(DataClass.DIRECTORY)
  @Query(() => [StaffMember], { description: 'Everyone who works at the practice, by last name.' })
  staff(@Ctx() ctx: RequestContext): Promise<StaffMember[]> {
    return ctx.em.find(StaffMember, {}, { orderBy: { lastName: 'asc', firstName: 'asc' } });
  }

  @FieldResolver(() => String, { description: 'Name with credentials, e.g. "Dana Reyes, LCSW".' })
  displayName(@Root() staff: StaffMember): string {
    return `${staff.firstName} ${staff.lastName}, ${staff.credentials}`;
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who supervises a pre-licensed clinician.' })
  supervisor(@Root() staff: StaffMember): Promise<StaffMember | null> | null {
    return staff.supervisor ? staff.supervisor.load() : null;
  }
}
