import type { LessonAttemptResponse, LessonResponse } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { lessonKeys, useSubmitAttempt } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  questions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  radio: { overflowWrap: 'anywhere' },
  results: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  result: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  text: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * A lesson's check: one radio group per question (arrow keys choose, Tab moves on), sent to the
 * server, which scores it; then the result with the right answer and why for each question.
 */
export function LessonCheck({ spaceId, lesson }: { spaceId: string; lesson: LessonResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const submit = useSubmitAttempt(spaceId, lesson.id);
  const [answers, setAnswers] = useState<(number | null)[]>(() => lesson.questions.map(() => null));
  const [result, setResult] = useState<LessonAttemptResponse | null>(null);
  const [problem, setProblem] = useState<'answerAll' | 'changed' | 'failed' | 'retired' | null>(null);
  const total = lesson.questions.length;

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (submit.isPending) return;
    const chosen = answers.filter((a): a is number => a !== null);
    if (chosen.length !== total) {
      setProblem('answerAll');
      return;
    }
    setProblem(null);
    submit.mutate(
      { version: lesson.version, answers: chosen },
      {
        onSuccess: (attempt) => {
          setResult(attempt);
          requestAnimationFrame(() => resultRef.current?.focus());
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            setProblem(lesson.retiredAt ? 'retired' : 'changed');
            setAnswers(lesson.questions.map(() => null));
            void queryClient.invalidateQueries({ queryKey: lessonKeys.lesson(spaceId, lesson.id) });
          } else setProblem('failed');
        },
      },
    );
  };

  const again = (): void => {
    setResult(null);
    setAnswers(lesson.questions.map(() => null));
  };

  if (result) {
    return (
      <div className={styles.root} ref={resultRef} tabIndex={-1} aria-labelledby={headingId}>
        <Text as="h4" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'lessons.reader.check' })}
        </Text>
        <Notice intent={result.passed ? 'success' : 'warning'}>
          {intl.formatMessage(
            { id: result.passed ? 'lessons.result.passed' : 'lessons.result.failed' },
            { correct: result.correct, total: result.total },
          )}
        </Notice>
        <ol className={styles.results}>
          {result.results.map((r, i) => {
            const question = lesson.questions[i];
            return (
              <li key={i} className={styles.result}>
                <Text as="p" weight="semibold" className={styles.text}>
                  {question?.prompt}
                </Text>
                <Text as="p" className={styles.text}>
                  {intl.formatMessage({ id: 'lessons.result.yours' }, { answer: question?.choices[r.chosen] ?? '' })}
                </Text>
                <Text as="p" weight="semibold" className={styles.text}>
                  {r.correct
                    ? intl.formatMessage({ id: 'lessons.result.right' })
                    : intl.formatMessage({ id: 'lessons.result.wrong' }, { answer: question?.choices[r.right] ?? '' })}
                </Text>
                <Text as="p" className={styles.text}>
                  {r.explanation}
                </Text>
              </li>
            );
          })}
        </ol>
        {result.passed ? null : (
          <div className={styles.actions}>
            <Button appearance="primary" onClick={again}>
              {intl.formatMessage({ id: 'lessons.result.again' })}
            </Button>
          </div>
        )}
      </div>
    );
  }

  return (
    <form className={styles.root} onSubmit={onSubmit} aria-labelledby={headingId} noValidate>
      <Text as="h4" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'lessons.reader.check' })}
      </Text>
      <Text as="p" className={styles.text}>
        {intl.formatMessage({ id: 'lessons.reader.rule' }, { total, maxWrong: lesson.maxWrong })}
      </Text>
      <div className={styles.questions}>
        {lesson.questions.map((question, i) => (
          <Field
            key={i}
            label={intl.formatMessage({ id: 'lessons.reader.question' }, { n: i + 1, total, prompt: question.prompt })}
          >
            <RadioGroup
              value={answers[i] === null ? '' : String(answers[i])}
              onChange={(_, data) => setAnswers((current) => current.map((a, j) => (j === i ? Number(data.value) : a)))}
            >
              {question.choices.map((choice, c) => (
                <Radio key={c} value={String(c)} label={choice} className={styles.radio} />
              ))}
            </RadioGroup>
          </Field>
        ))}
      </div>
      {problem ? (
        <Notice intent={problem === 'answerAll' ? 'warning' : 'error'}>
          {intl.formatMessage({ id: `lessons.reader.${problem}` })}
        </Notice>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={submit.isPending || Boolean(lesson.retiredAt)}>
          {intl.formatMessage({ id: submit.isPending ? 'lessons.reader.submitting' : 'lessons.reader.submit' })}
        </Button>
      </div>
    </form>
  );
}
