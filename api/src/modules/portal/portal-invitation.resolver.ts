import { Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Patient } from '../patients';
import { InvitationStatus, invitationStatus, PortalInvitation } from './portal-invitation.entity';
import { portalInvitationService } from './portal-invitation.service';

@ArgsType()
class ActivationArgs {
  @Field() @Length(20, 200) token!: string;
  @Field({ description: 'At least 12 characters.' }) @Length(12, 200) password!: string;
}

@Resolver(() => PortalInvitation)
export class PortalInvitationResolver {
  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Mutation(() => PortalInvitation, {
    description: 'Emails the patient a single-use portal activation link (7 days); re-sending voids the previous link.',
  })
  invitePatientToPortal(
    @Arg('patientId', () => ID) patientId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PortalInvitation> {
    return portalInvitationService.invite(ctx, patientId);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => InvitationStatus)
  status(@Root() invitation: PortalInvitation): InvitationStatus {
    return invitationStatus(invitation);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Mutation(() => Boolean, { description: 'Sets the password from an invitation link; the patient then signs in.' })
  activatePortalAccount(@Args() { token, password }: ActivationArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    return portalInvitationService.activate(ctx, token, password);
  }
}

@Resolver(() => Patient)
export class PatientPortalInvitationResolver {
  @DataClassOf(DataClass.DEMOGRAPHIC)
  @FieldResolver(() => PortalInvitation, { nullable: true, description: 'The latest portal invitation.' })
  async portalInvitation(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<PortalInvitation | null> {
    return ctx.em.findOne(PortalInvitation, { patient }, { orderBy: { createdAt: 'desc' } });
  }
}
