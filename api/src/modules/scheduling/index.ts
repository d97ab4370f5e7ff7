export { Facility } from './facility.entity';
export { Room } from './room.entity';
export { FacilityResolver } from './facility.resolver';
export { schedulingPermissions } from './scheduling.permissions';
