import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { errorCodeOf, userMessage } from '@handoff/ui-kit';
import { z } from 'zod';
import type { PayerTelehealthRulesInput } from '../../../gql/graphql';

/** A payer's telehealth overrides as stored: each empty (null) field follows the practice default. */
export type TelehealthRulesOverride = PayerTelehealthRulesInput;

interface EffectiveTelehealthRules {
  videoPlaceOfServiceHome: string;
  videoPlaceOfServiceOther: string;
  videoModifiers: readonly string[];
  audioOnlyModifiers: readonly string[];
  audioOnlyAllowed: boolean;
}

/**
 * What the API codes telehealth with when the payer says nothing (PRACTICE_DEFAULT_CODING_RULES in
 * api/src/modules/clinical/coding): CMS's POS 10 at home / 02 elsewhere with modifier 95, and 93 for
 * audio only. Kept in step by hand: the API does not expose the default.
 */
export const PRACTICE_DEFAULT_TELEHEALTH: EffectiveTelehealthRules = {
  videoPlaceOfServiceHome: '10',
  videoPlaceOfServiceOther: '02',
  videoModifiers: ['95'],
  audioOnlyModifiers: ['93'],
  audioOnlyAllowed: true,
};

/** The rules charges are coded with: the payer's own where set, the practice default elsewhere. */
export function effectiveTelehealthRules(own: TelehealthRulesOverride | null | undefined): EffectiveTelehealthRules {
  const fallback = PRACTICE_DEFAULT_TELEHEALTH;
  return {
    videoPlaceOfServiceHome: own?.videoPlaceOfServiceHome ?? fallback.videoPlaceOfServiceHome,
    videoPlaceOfServiceOther: own?.videoPlaceOfServiceOther ?? fallback.videoPlaceOfServiceOther,
    videoModifiers: own?.videoModifiers ?? fallback.videoModifiers,
    audioOnlyModifiers: own?.audioOnlyModifiers ?? fallback.audioOnlyModifiers,
    audioOnlyAllowed: own?.audioOnlyAllowed ?? fallback.audioOnlyAllowed,
  };
}

function describeModifiers(modifiers: readonly string[]): string {
  if (modifiers.length === 0) return 'no modifier';
  return `${modifiers.length === 1 ? 'modifier' : 'modifiers'} ${modifiers.join(', ')}`;
}

/** One line a biller reads: "POS 10 at home / 02 elsewhere, modifier 95; audio-only 93". */
export function describeTelehealthRules(rules: EffectiveTelehealthRules): string {
  const video = `POS ${rules.videoPlaceOfServiceHome} at home / ${rules.videoPlaceOfServiceOther} elsewhere, ${describeModifiers(rules.videoModifiers)}`;
  const audio = !rules.audioOnlyAllowed
    ? 'audio-only not covered'
    : rules.audioOnlyModifiers.length > 0
      ? `audio-only ${rules.audioOnlyModifiers.join(', ')}`
      : 'audio-only without modifier';
  return `${video}; ${audio}`;
}

export const PRACTICE_DEFAULT_SUMMARY = `Practice default: ${describeTelehealthRules(PRACTICE_DEFAULT_TELEHEALTH)}`;

/** True when the payer has any override (the API stores none at all as null). */
export function hasOwnTelehealthRules(own: TelehealthRulesOverride | null | undefined): boolean {
  return !!own && Object.values(own).some((value) => value !== null && value !== undefined);
}

// Typing "none" in a modifiers field means the payer wants no modifier ([]), which is not the same
// as leaving it empty (the practice default).
const NO_MODIFIER = 'NONE';
const MODIFIER = /^[A-Z0-9]{2}$/;
const MAX_MODIFIERS = 4;

function modifierTokens(text: string): string[] {
  return text
    .toUpperCase()
    .split(/[\s,]+/)
    .filter((token) => token !== '');
}

function isModifierList(text: string): boolean {
  const tokens = modifierTokens(text);
  if (tokens.length === 1 && tokens[0] === NO_MODIFIER) return true;
  return tokens.length <= MAX_MODIFIERS && tokens.every((token) => MODIFIER.test(token));
}

const placeOfService = z
  .string()
  .trim()
  .regex(/^(\d{2})?$/, 'Two digits, e.g. 10');
const modifiers = z
  .string()
  .refine(isModifierList, `Up to ${MAX_MODIFIERS} modifiers of two letters or digits, e.g. 95 or GT`);

/** The form, as text. Patterns mirror PayerTelehealthRulesInput's validation in the API. */
export const telehealthRulesSchema = z.object({
  videoPlaceOfServiceHome: placeOfService,
  videoPlaceOfServiceOther: placeOfService,
  videoModifiers: modifiers,
  audioOnlyModifiers: modifiers,
  audioOnlyAllowed: z.enum(['', 'yes', 'no']),
});

export type TelehealthRulesFormValues = z.infer<typeof telehealthRulesSchema>;

function modifiersText(list: readonly string[] | null | undefined): string {
  if (!list) return '';
  return list.length === 0 ? NO_MODIFIER.toLowerCase() : list.join(', ');
}

function modifiersInput(text: string): string[] | null {
  const tokens = modifierTokens(text);
  if (tokens.length === 0) return null;
  return tokens.length === 1 && tokens[0] === NO_MODIFIER ? [] : tokens;
}

export function telehealthRulesValues(own: TelehealthRulesOverride | null | undefined): TelehealthRulesFormValues {
  const allowed = own?.audioOnlyAllowed;
  return {
    videoPlaceOfServiceHome: own?.videoPlaceOfServiceHome ?? '',
    videoPlaceOfServiceOther: own?.videoPlaceOfServiceOther ?? '',
    videoModifiers: modifiersText(own?.videoModifiers),
    audioOnlyModifiers: modifiersText(own?.audioOnlyModifiers),
    audioOnlyAllowed: allowed === true ? 'yes' : allowed === false ? 'no' : '',
  };
}

export function telehealthRulesInput(values: TelehealthRulesFormValues): PayerTelehealthRulesInput {
  return {
    videoPlaceOfServiceHome: values.videoPlaceOfServiceHome.trim() || null,
    videoPlaceOfServiceOther: values.videoPlaceOfServiceOther.trim() || null,
    videoModifiers: modifiersInput(values.videoModifiers),
    audioOnlyModifiers: modifiersInput(values.audioOnlyModifiers),
    audioOnlyAllowed: values.audioOnlyAllowed === '' ? null : values.audioOnlyAllowed === 'yes',
  };
}

/** Every field empty: the API then clears the payer's overrides. */
export const PRACTICE_DEFAULT_INPUT: PayerTelehealthRulesInput = telehealthRulesInput(telehealthRulesValues(null));

/**
 * When the API's validation rejects the input (BAD_USER_INPUT, reason INVALID_INPUT) it names only the
 * `input` argument, which means nothing to a biller: say what the codes must look like instead. Other
 * errors (payer gone, not allowed) carry the server's own plain sentence.
 */
export function telehealthProblem(error: ErrorLike | null | undefined): string {
  const invalidInput =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => errorCodeOf(e) === 'BAD_USER_INPUT' && e.extensions?.['reason'] === 'INVALID_INPUT');
  if (invalidInput) {
    return 'The API did not accept these codes: places of service are two digits, modifiers two letters or digits (at most 4 each).';
  }
  return userMessage(error);
}
