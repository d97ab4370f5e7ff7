import type { RequestContext } from '../../platform/context/request-context';
import { Practice } from '../../platform/db/practice.entity';
import { isUuid } from '../../platform/db/sql';
import { Facility } from './facility.entity';
import type { FacilityInput } from './facility.inputs';
import { Room } from './room.entity';
import { SchedulingErrorCode, schedulingError } from './scheduling.errors';

function assertTimeZone(zone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw schedulingError(
      SchedulingErrorCode.TIME_ZONE_INVALID,
      'Unknown time zone; use a name like America/Chicago.',
      'timeZone',
    );
  }
}

/** The practice manager's locations and their rooms. */
export class FacilityService {
  async create(ctx: RequestContext, input: FacilityInput): Promise<Facility> {
    assertTimeZone(input.timeZone);
    const facility = ctx.em.create(Facility, {
      ...input,
      name: input.name.trim(),
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
    });
    await ctx.em.flush();
    return facility;
  }

  async update(ctx: RequestContext, id: string, input: FacilityInput): Promise<Facility> {
    assertTimeZone(input.timeZone);
    const facility = await this.get(ctx, id);
    ctx.em.assign(facility, { ...input, name: input.name.trim() });
    await ctx.em.flush();
    return facility;
  }

  async addRoom(ctx: RequestContext, facilityId: string, name: string): Promise<Room> {
    const facility = await this.get(ctx, facilityId);
    const room = ctx.em.create(Room, {
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
      facility,
      name: await this.freeRoomName(ctx, facility.id, name),
    });
    await ctx.em.flush();
    return room;
  }

  async renameRoom(ctx: RequestContext, id: string, name: string): Promise<Room> {
    const room = isUuid(id) ? await ctx.em.findOne(Room, { id }) : null;
    if (!room) throw schedulingError(SchedulingErrorCode.ROOM_NOT_FOUND, 'No such room.');
    room.name = await this.freeRoomName(ctx, room.facility.id, name, room.id);
    await ctx.em.flush();
    return room;
  }

  private async get(ctx: RequestContext, id: string): Promise<Facility> {
    const facility = isUuid(id) ? await ctx.em.findOne(Facility, { id }) : null;
    if (!facility) throw schedulingError(SchedulingErrorCode.FACILITY_NOT_FOUND, 'No such facility.');
    return facility;
  }

  /** Room names are what the calendar's columns show: unique within a facility. */
  private async freeRoomName(ctx: RequestContext, facilityId: string, name: string, roomId?: string): Promise<string> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 60) {
      throw schedulingError(SchedulingErrorCode.ROOM_NAME_INVALID, 'A room name has 1 to 60 characters.', 'name');
    }
    const rooms = await ctx.em.find(Room, { facility: facilityId, ...(roomId ? { id: { $ne: roomId } } : {}) });
    if (rooms.some((room) => room.name.toLowerCase() === trimmed.toLowerCase())) {
      throw schedulingError(
        SchedulingErrorCode.ROOM_NAME_INVALID,
        'This facility already has a room with that name.',
        'name',
      );
    }
    return trimmed;
  }
}

export const facilityService = new FacilityService();
