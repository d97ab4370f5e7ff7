import { INSTRUMENTS } from './instruments';
import type { MeasureInstrument, SeverityLevelValue } from './measure-enums';
import { FormQuestionKind, type MeasureForm } from './measures.types';

/**
 * The form as the tablet page renders it: our own plain wording of each item (instruments.ts;
 * only instruments free to embed ship, domain.md §0.3), the answer options with their values,
 * then the unscored questions printed with the instrument.
 */
export function measureForm(code: MeasureInstrument): MeasureForm {
  const definition = INSTRUMENTS[code];
  return {
    instrument: code,
    title: definition.title,
    shortTitle: definition.shortTitle,
    version: definition.version,
    recallPeriod: definition.recallPeriod,
    prompt: definition.prompt,
    maxTotal: definition.maxTotal,
    questions: [
      ...definition.items.map((item) => ({
        id: item.id,
        number: item.number,
        text: item.text,
        kind: FormQuestionKind.SCORED,
        required: !item.skippedWhen,
        options: [...item.options],
        safetyItem: !!item.safetyFlagReason,
        skippedWhen: item.skippedWhen ? { ...item.skippedWhen } : null,
      })),
      ...definition.extraQuestions.map((question) => ({
        id: question.id,
        number: question.number,
        text: question.text,
        kind: question.kind === 'YES_NO' ? FormQuestionKind.YES_NO : FormQuestionKind.CHOICE,
        required: false,
        options: question.kind === 'CHOICE' ? [...question.options] : [],
        safetyItem: question.kind === 'YES_NO' && !!question.safetyFlagReason,
        skippedWhen: null,
      })),
    ].sort((a, b) => a.number - b.number),
    bands: definition.bands.map((band) => ({ ...band, level: band.level as SeverityLevelValue })),
  };
}
