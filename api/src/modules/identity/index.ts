export { StaffMember } from './staff-member.entity';
export { User } from './user.entity';
export { Session, LoginThrottle } from './session.entity';
export { IdentityResolver, StaffMemberResolver } from './identity.resolver';
export { identityPermissions } from './identity.permissions';
export { sessionService, sessionPolicy } from './identity.services';
export { loadAccess } from './access.service';
export { hashPassword } from './password';
export { hashToken } from './session.service';
