import type {
  AgreementItemBody,
  AgreementResponse,
  AgreementSide,
  PutAgreementDraftBody,
} from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { useProposeAgreement } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  side: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Draft = Record<AgreementSide, AgreementItemBody[]>;

const SIDES: readonly AgreementSide[] = ['managerExpects', 'repExpects'];

/** Props of {@link DraftEditor}. */
export interface DraftEditorProps {
  spaceId: string;
  agreement: AgreementResponse;
  onDone: () => void;
}

/**
 * Proposes a text: both lists, each expectation with an optional first due date and repeat. On a
 * signed version this is a renegotiation (a new version both sign again).
 */
export function DraftEditor({ spaceId, agreement, onDone }: DraftEditorProps) {
  const intl = useIntl();
  const styles = useStyles();
  const propose = useProposeAgreement(spaceId, agreement.id);
  const newest = agreement.versions[agreement.versions.length - 1];
  const [draft, setDraft] = useState<Draft>(() => ({
    managerExpects: (newest?.managerExpects ?? []).map(({ itemId, text, dueDate, cadence }) => ({
      itemId,
      text,
      dueDate,
      cadence,
    })),
    repExpects: (newest?.repExpects ?? []).map(({ itemId, text, dueDate, cadence }) => ({
      itemId,
      text,
      dueDate,
      cadence,
    })),
  }));
  const names = { manager: agreement.managerName, rep: agreement.repName };
  const missingDate = SIDES.some((s) => draft[s].some((i) => i.cadence && !i.dueDate));

  const change = (side: AgreementSide, index: number, patch: Partial<AgreementItemBody>) =>
    setDraft((d) => ({ ...d, [side]: d[side].map((item, i) => (i === index ? { ...item, ...patch } : item)) }));
  const remove = (side: AgreementSide, index: number) =>
    setDraft((d) => ({ ...d, [side]: d[side].filter((_, i) => i !== index) }));
  const add = (side: AgreementSide) => setDraft((d) => ({ ...d, [side]: [...d[side], { text: '' }] }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = (items: AgreementItemBody[]) =>
      items
        .filter((i) => i.text.trim().length > 0)
        .map((i) => ({ ...i, text: i.text.trim(), dueDate: i.dueDate || null, cadence: i.cadence ?? null }));
    const body: PutAgreementDraftBody = {
      managerExpects: clean(draft.managerExpects),
      repExpects: clean(draft.repExpects),
    };
    propose.mutate({ body, etag: agreement.etag }, { onSuccess: onDone });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={intl.formatMessage({ id: 'agreements.edit.heading' })}>
      {SIDES.map((side) => (
        <fieldset key={side} className={styles.side}>
          <legend className={styles.legend}>{intl.formatMessage({ id: `agreements.${side}` }, names)}</legend>
          {draft[side].map((item, i) => (
            <div key={item.itemId ?? `new-${i}`} className={styles.item}>
              <Field label={intl.formatMessage({ id: 'agreements.edit.item' })} required>
                <Input value={item.text} maxLength={280} onChange={(_, d) => change(side, i, { text: d.value })} />
              </Field>
              <div className={styles.row}>
                <Field label={intl.formatMessage({ id: 'agreements.edit.due' })}>
                  <Input
                    type="date"
                    value={item.dueDate ?? ''}
                    onChange={(_, d) => change(side, i, { dueDate: d.value || null })}
                  />
                </Field>
                <Field
                  label={intl.formatMessage({ id: 'agreements.edit.cadence' })}
                  validationMessage={
                    item.cadence && !item.dueDate
                      ? intl.formatMessage({ id: 'agreements.edit.cadenceNeedsDate' })
                      : undefined
                  }
                >
                  <Select
                    value={item.cadence ?? ''}
                    onChange={(_, d) =>
                      change(side, i, { cadence: d.value === 'weekly' || d.value === 'monthly' ? d.value : null })
                    }
                  >
                    <option value="">{intl.formatMessage({ id: 'agreements.edit.cadence.none' })}</option>
                    <option value="weekly">{intl.formatMessage({ id: 'agreements.edit.cadence.weekly' })}</option>
                    <option value="monthly">{intl.formatMessage({ id: 'agreements.edit.cadence.monthly' })}</option>
                  </Select>
                </Field>
                <Button size="small" appearance="subtle" onClick={() => remove(side, i)}>
                  {item.text
                    ? intl.formatMessage({ id: 'agreements.edit.remove' }, { text: item.text })
                    : intl.formatMessage({ id: 'agreements.edit.removeEmpty' })}
                </Button>
              </div>
            </div>
          ))}
          <div>
            <Button size="small" onClick={() => add(side)} disabled={draft[side].length >= 12}>
              {intl.formatMessage({ id: 'agreements.edit.add' })}
            </Button>
          </div>
        </fieldset>
      ))}
      {propose.isError ? <Notice intent="error">{intl.formatMessage({ id: 'agreements.saveFailed' })}</Notice> : null}
      <Text size={200}>{intl.formatMessage({ id: 'agreements.intro' })}</Text>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={propose.isPending || missingDate}>
          {intl.formatMessage({ id: 'agreements.edit.save' })}
        </Button>
        <Button onClick={onDone}>{intl.formatMessage({ id: 'agreements.edit.cancel' })}</Button>
      </div>
    </form>
  );
}
