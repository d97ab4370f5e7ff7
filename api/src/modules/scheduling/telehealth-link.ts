import { randomBytes } from 'node:crypto';

/**
 * The video link of a telehealth visit when staff did not paste one: a fresh, unguessable room
 * per visit on the practice's video service. TELEHEALTH_URL_TEMPLATE names it, with {room} where
 * the room goes; the default is a public Jitsi Meet room, which works with no account. A practice
 * with a BAA-covered service (a requirement for PHI on video) sets its own template.
 */
export function newTelehealthUrl(template = process.env.TELEHEALTH_URL_TEMPLATE): string {
  const room = `handoff-${randomBytes(12).toString('base64url')}`;
  return (template ?? 'https://meet.jit.si/{room}').replace('{room}', room);
}
