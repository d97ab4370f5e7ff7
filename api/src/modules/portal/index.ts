export { PortalInvitation, InvitationStatus } from './portal-invitation.entity';
export { PatientPortalInvitationResolver, PortalInvitationResolver } from './portal-invitation.resolver';
export { portalPermissions } from './portal.permissions';
