import { LESSON_LIMITS } from '@coachboard/api/domain';
import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { LessonText } from './LessonText';
import { bodyOf, draftOf, emptyDraft, emptyQuestion, type LessonDraft, type QuestionDraft } from './lessonDraft';
import { useLessonSource, useSaveLesson } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '44rem' },
  heading: { margin: 0 },
  question: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  preview: {
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const LETTERS = 'ABCDE';

/** The editor for one of the team's lessons (`lessonId`), or for a new one (`null`); managers only. */
export function LessonEditor({
  spaceId,
  lessonId,
  onDone,
}: {
  spaceId: string;
  lessonId: string | null;
  onDone: (savedTitle: string | null) => void;
}) {
  const intl = useIntl();
  const source = useLessonSource(spaceId, lessonId);
  // Kept here: after a 412 the form starts again from the saved version, and the notice must stay.
  const [stale, setStale] = useState(false);
  if (lessonId !== null && source.isPending) {
    return <Spinner size="tiny" label={intl.formatMessage({ id: 'lessons.loading' })} />;
  }
  if (lessonId !== null && !source.data) {
    return <Notice intent="error">{intl.formatMessage({ id: 'lessons.loadFailed' })}</Notice>;
  }
  return (
    <EditorForm
      // A fresh version (after a 412, say) starts the form again from what is saved.
      key={source.data?.etag ?? 'new'}
      spaceId={spaceId}
      lessonId={lessonId}
      etag={source.data?.etag ?? null}
      initial={source.data ? draftOf(source.data) : emptyDraft()}
      stale={stale}
      onStale={() => {
        setStale(true);
        void source.refetch();
      }}
      onDone={onDone}
    />
  );
}

function EditorForm({
  spaceId,
  lessonId,
  etag,
  initial,
  stale,
  onStale,
  onDone,
}: {
  spaceId: string;
  lessonId: string | null;
  etag: string | null;
  initial: LessonDraft;
  stale: boolean;
  onStale: () => void;
  onDone: (savedTitle: string | null) => void;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const save = useSaveLesson(spaceId);
  const [draft, setDraft] = useState(initial);
  const [preview, setPreview] = useState(false);
  const [problem, setProblem] = useState<'invalid' | 'failed' | null>(null);
  const shown = problem ?? (stale ? 'stale' : null);

  const setQuestion = (i: number, change: Partial<QuestionDraft>): void =>
    setDraft((d) => ({ ...d, questions: d.questions.map((q, j) => (j === i ? { ...q, ...change } : q)) }));

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const body = bodyOf(draft);
    if (!body) {
      setProblem('invalid');
      return;
    }
    setProblem(null);
    save.mutate(
      { lessonId, body, etag },
      {
        onSuccess: (saved) => onDone(saved.title),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) onStale();
          else setProblem('failed');
        },
      },
    );
  };

  return (
    <form className={styles.root} onSubmit={onSubmit} aria-labelledby={headingId} noValidate>
      <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: lessonId ? 'lessons.editor.editHeading' : 'lessons.editor.newHeading' })}
      </Text>
      {shown ? (
        <Notice intent={shown === 'failed' ? 'error' : 'warning'}>
          {intl.formatMessage({ id: `lessons.editor.${shown}` })}
        </Notice>
      ) : null}
      <Field label={intl.formatMessage({ id: 'lessons.editor.title' })} required>
        <Input
          value={draft.title}
          maxLength={LESSON_LIMITS.titleMax}
          onChange={(_, d) => setDraft({ ...draft, title: d.value })}
        />
      </Field>
      <Field label={intl.formatMessage({ id: 'lessons.editor.summary' })} required>
        <Input
          value={draft.summary}
          maxLength={LESSON_LIMITS.summaryMax}
          onChange={(_, d) => setDraft({ ...draft, summary: d.value })}
        />
      </Field>
      <Field
        label={intl.formatMessage({ id: 'lessons.editor.body' })}
        hint={intl.formatMessage({ id: 'lessons.editor.bodyHint' })}
        required
      >
        <Textarea
          value={draft.body}
          rows={10}
          resize="vertical"
          maxLength={LESSON_LIMITS.bodyMax}
          onChange={(_, d) => setDraft({ ...draft, body: d.value })}
        />
      </Field>
      <Switch
        checked={preview}
        onChange={(_, d) => setPreview(d.checked)}
        label={intl.formatMessage({ id: 'lessons.editor.preview' })}
      />
      {preview ? (
        <div className={styles.preview}>
          <LessonText source={draft.body} headingLevel={4} />
        </div>
      ) : null}
      <Text as="h4" size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'lessons.editor.questions' }, { count: draft.questions.length })}
      </Text>
      {draft.questions.map((question, i) => (
        <fieldset key={i} className={styles.question}>
          <legend className={styles.legend}>
            {intl.formatMessage({ id: 'lessons.editor.question' }, { n: i + 1 })}
          </legend>
          <Field label={intl.formatMessage({ id: 'lessons.editor.prompt' }, { n: i + 1 })} required>
            <Input
              value={question.prompt}
              maxLength={LESSON_LIMITS.promptMax}
              onChange={(_, d) => setQuestion(i, { prompt: d.value })}
            />
          </Field>
          {question.choices.map((choice, c) => (
            <Field
              key={c}
              label={intl.formatMessage({ id: 'lessons.editor.choice' }, { letter: LETTERS[c], n: i + 1 })}
              required
            >
              <Input
                value={choice}
                maxLength={LESSON_LIMITS.choiceMax}
                onChange={(_, d) =>
                  setQuestion(i, { choices: question.choices.map((x, k) => (k === c ? d.value : x)) })
                }
              />
            </Field>
          ))}
          <div className={styles.row}>
            <Button
              size="small"
              disabled={question.choices.length >= LESSON_LIMITS.choicesMax}
              onClick={() => setQuestion(i, { choices: [...question.choices, ''] })}
            >
              {intl.formatMessage({ id: 'lessons.editor.addChoice' }, { n: i + 1 })}
            </Button>
            <Button
              size="small"
              disabled={question.choices.length <= LESSON_LIMITS.choicesMin}
              onClick={() =>
                setQuestion(i, {
                  choices: question.choices.slice(0, -1),
                  correct: Math.min(question.correct, question.choices.length - 2),
                })
              }
            >
              {intl.formatMessage({ id: 'lessons.editor.removeChoice' }, { n: i + 1 })}
            </Button>
          </div>
          <Field label={intl.formatMessage({ id: 'lessons.editor.correct' }, { n: i + 1 })}>
            <RadioGroup
              layout="horizontal"
              value={String(question.correct)}
              onChange={(_, d) => setQuestion(i, { correct: Number(d.value) })}
            >
              {question.choices.map((_, c) => (
                <Radio key={c} value={String(c)} label={LETTERS[c]} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={intl.formatMessage({ id: 'lessons.editor.explanation' }, { n: i + 1 })} required>
            <Textarea
              value={question.explanation}
              rows={2}
              maxLength={LESSON_LIMITS.explanationMax}
              onChange={(_, d) => setQuestion(i, { explanation: d.value })}
            />
          </Field>
          {draft.questions.length > LESSON_LIMITS.questionsMin ? (
            <Button
              size="small"
              onClick={() => setDraft({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })}
            >
              {intl.formatMessage({ id: 'lessons.editor.removeQuestion' }, { n: i + 1 })}
            </Button>
          ) : null}
        </fieldset>
      ))}
      <div className={styles.row}>
        <Button
          disabled={draft.questions.length >= LESSON_LIMITS.questionsMax}
          onClick={() => setDraft({ ...draft, questions: [...draft.questions, emptyQuestion()] })}
        >
          {intl.formatMessage({ id: 'lessons.editor.addQuestion' })}
        </Button>
      </div>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {intl.formatMessage({ id: save.isPending ? 'lessons.editor.saving' : 'lessons.editor.save' })}
        </Button>
        <Button onClick={() => onDone(null)}>{intl.formatMessage({ id: 'lessons.editor.cancel' })}</Button>
      </div>
    </form>
  );
}
