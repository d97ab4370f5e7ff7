import express, { type Request, type Response, type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Practice } from '../../platform/db/practice.entity';
import { PRACTICE_FILTER } from '../../platform/db/practice-scoped.entity';
import { isUuid } from '../../platform/db/sql';
import { Role } from '../../platform/permissions/role';
import { sessionService } from '../identity';
import { CardSide, InsuranceCardImage } from './insurance-card-image.entity';
import { InsurancePolicy } from './insurance-policy.entity';

const MAX_BYTES = 5 * 1024 * 1024;
const STAFF = [Role.FRONT_DESK, Role.BILLER, Role.PRACTICE_MANAGER];

/** What the first bytes of each accepted image type look like: the declared type must be true. */
const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/**
 * Insurance card photos over plain HTTP (binary bodies do not belong in GraphQL). Same session
 * cookie as the API; uploads also need the `x-handoff-upload` header, which a cross-site form
 * cannot send (CSRF). Anything the viewer may not reach is a 404.
 */
export function insuranceCardRoutes(orm: MikroORM, sessionToken: (req: Request) => string | undefined): Router {
  const router = express.Router();

  const open = async (req: Request, forUpload: boolean) => {
    const token = sessionToken(req);
    const em = orm.em.fork();
    const viewer = token ? await sessionService.resolve(em, token) : null;
    const side = String(req.params.side).toUpperCase() as CardSide;
    const policyId = String(req.params.policyId);
    if (!viewer || !isUuid(policyId) || !Object.values(CardSide).includes(side)) return null;
    em.setFilterParams(PRACTICE_FILTER, { practiceId: viewer.practiceId });
    const policy = await em.findOne(InsurancePolicy, { id: policyId });
    const staff = viewer.roles.some((role) => STAFF.includes(role));
    const self = !forUpload && policy && viewer.patientId === policy.patient.id;
    if (!policy || !(staff || self)) return null;
    return { em, viewer, policy, side };
  };

  router.put(
    '/:policyId/:side',
    express.raw({ type: Object.keys(SIGNATURES), limit: MAX_BYTES }),
    async (req: Request, res: Response) => {
      if (req.get('x-handoff-upload') !== '1') return void res.status(400).json({ error: 'Missing upload header.' });
      const target = await open(req, true);
      if (!target) return void res.status(404).json({ error: 'Not found.' });
      const type = (req.get('content-type') ?? '').split(';')[0]!.trim();
      const body = req.body as unknown;
      if (!Buffer.isBuffer(body) || body.length === 0 || !SIGNATURES[type]?.(body)) {
        return void res.status(415).json({ error: 'Send a JPEG, PNG or WebP photo of the card (at most 5 MB).' });
      }
      const { em, viewer, policy, side } = target;
      await em.transactional(async (tx) => {
        await tx.nativeDelete(InsuranceCardImage, { policy, side });
        tx.create(InsuranceCardImage, {
          practice: tx.getReference(Practice, viewer.practiceId),
          policy,
          patientId: policy.patient.id,
          side,
          contentType: type,
          byteSize: body.length,
          data: body,
          uploadedBy: viewer.displayName,
        });
      });
      res.status(201).json({ side, byteSize: body.length });
    },
  );

  router.get('/:policyId/:side', async (req: Request, res: Response) => {
    const target = await open(req, false);
    const image = target
      ? await target.em.findOne(
          InsuranceCardImage,
          { policy: target.policy, side: target.side },
          { populate: ['data'] },
        )
      : null;
    res.set('Cache-Control', 'no-store');
    if (!image) return void res.status(404).type('text').send('Not found');
    res.type(image.contentType).set('X-Content-Type-Options', 'nosniff').send(image.data);
  });

  return router;
}
