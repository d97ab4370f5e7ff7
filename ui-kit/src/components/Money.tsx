import { formatCents } from '../format/format';
import { RestrictedValue } from './RestrictedValue';

export interface MoneyProps {
  /** Integer cents, as the API sends money. */
  cents: number | null | undefined;
  refused?: boolean;
}

/** 123456 → "$1,234.56", in tabular figures so columns line up. */
export function Money({ cents, refused }: MoneyProps) {
  return (
    <RestrictedValue refused={refused}>
      {cents === null || cents === undefined ? null : (
        <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatCents(cents)}</span>
      )}
    </RestrictedValue>
  );
}
