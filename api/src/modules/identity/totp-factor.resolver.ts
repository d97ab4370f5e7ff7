import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { unauthenticatedError } from '../../platform/errors/domain-error';
import type { OperationRules } from '../../platform/permissions/build-shield';
import { STAFF_ROLES } from '../../platform/permissions/role';
import { hasRole } from '../../platform/permissions/rules/has-role.rule';
import { totpFactorService } from './totp-factor.service';

/**
 * Returned once, to the person enrolling, and never again: the secret is not readable through any other
 * field. OPERATIONAL because the only path to it is the viewer's own enrollTotp call.
 */
@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: 'A new authenticator secret, not active until confirmTotp accepts a code from it.' })
export class TotpEnrollment {
  @Field({ description: 'Base32 secret, for typing into an authenticator app.' }) secret!: string;
  @Field({ description: 'otpauth:// URI, for a QR code.' }) otpauthUri!: string;
}

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
export class TotpStatus {
  @Field() active!: boolean;
  @Field(() => Date, { nullable: true }) activeSince!: Date | null;
}

@Resolver()
export class TotpFactorResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @Mutation(() => TotpEnrollment, {
    description: 'Starts setting up an authenticator app (TOTP). Replacing an active one needs a current code from it.',
  })
  enrollTotp(
    @Arg('currentCode', () => String, { nullable: true }) currentCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TotpEnrollment> {
    if (!ctx.viewer) throw unauthenticatedError();
    return totpFactorService.enroll(ctx.em, ctx.viewer, currentCode);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Mutation(() => TotpStatus, { description: 'Activates the new authenticator with a first code from it.' })
  async confirmTotp(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<TotpStatus> {
    if (!ctx.viewer) throw unauthenticatedError();
    const activeSince = await totpFactorService.confirm(ctx.em, ctx.viewer, code);
    return { active: true, activeSince };
  }
}

/** MFA is for every staff role (security.md MFA-01); patients are not offered TOTP here yet. */
export const totpPermissions: OperationRules = {
  Mutation: {
    enrollTotp: hasRole(...STAFF_ROLES),
    confirmTotp: hasRole(...STAFF_ROLES),
  },
};
