import type { Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '../platform/context/request-context';
import type { EntityManager } from '@mikro-orm/postgresql';
import { receiptPdf, statementPdf } from '../modules/billing';
import { prescriptionPdf } from '../modules/clinical';
import { sessionService } from '../modules/identity';

type Renderer = (em: EntityManager, viewer: Viewer, id: string) => Promise<Buffer | null>;

/**
 * PDFs (receipts, statements) as plain GETs, so a link or an <iframe> works. The session cookie
 * decides, as for GraphQL; anything the viewer may not see is a 404 (no hint that it exists).
 */
function pdfRoute(orm: MikroORM, sessionToken: (req: Request) => string | undefined, render: Renderer, name: string) {
  return async (req: Request, res: Response) => {
    const token = sessionToken(req);
    const em = orm.em.fork();
    const viewer = token ? await sessionService.resolve(em, token) : null;
    const pdf = viewer ? await render(em, viewer, String(req.params.id)) : null;
    res.set('Cache-Control', 'no-store');
    if (!pdf) {
      res.status(404).type('text').send('Not found');
      return;
    }
    res.type('application/pdf').set('Content-Disposition', `inline; filename="${name}.pdf"`).send(pdf);
  };
}

export function documentRoutes(orm: MikroORM, sessionToken: (req: Request) => string | undefined) {
  return {
    receipt: pdfRoute(orm, sessionToken, receiptPdf, 'receipt'),
    statement: pdfRoute(orm, sessionToken, statementPdf, 'statement'),
    prescription: pdfRoute(orm, sessionToken, prescriptionPdf, 'prescription'),
  };
}
