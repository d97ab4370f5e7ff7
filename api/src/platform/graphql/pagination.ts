import { ArgsType, Field, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';

/** Page arguments shared by list queries. `first` is capped so no request can ask for the whole table. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(100)
  first: number = 25;

  @Field(() => String, { nullable: true, description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  after?: string | null;
}

/** Cursors are opaque to clients; inside they are offsets into a stable order. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const offset = Number.parseInt(Buffer.from(cursor, 'base64url').toString('utf8'), 10);
  return Number.isFinite(offset) && offset >= 0 ? offset : 0;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(String(offset), 'utf8').toString('base64url');
}
