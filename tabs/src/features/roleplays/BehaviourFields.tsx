import { makeStyles, tokens } from '@fluentui/react-components';
import type { IntlShape } from 'react-intl';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { DraftFindings, useFieldName } from './DraftFindings';
import { FeedbackList } from './FeedbackList';
import { conflictDetail, filledItems, type DraftFinding, type FieldMessages } from './feedbackForm';

/** The layout the scorecard and the self-assessment share: a narrow-panel form and its read-back lists. */
export const useFeedbackFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  submit: { alignSelf: 'flex-start' },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** The observed behaviour a scorecard or a self-assessment writes down. */
export interface BehaviourDraft {
  strengths: string[];
  developments: string[];
}

/** Props of {@link BehaviourFields}. */
export interface BehaviourFieldsProps {
  /** An observer writes about the rep; the rep about themself. */
  voice: 'observer' | 'self';
  draft: BehaviourDraft;
  onChange: (patch: Partial<BehaviourDraft>) => void;
  messages: FieldMessages;
  /** Id of the wording check's findings, which the submit button refers to. */
  findingsId: string;
  findings: readonly DraftFinding[];
}

/** At least one strength and one development point, each written as behaviour, with the wording check's findings. */
export function BehaviourFields({ voice, draft, onChange, messages, findingsId, findings }: BehaviourFieldsProps) {
  const fieldName = useFieldName();
  return (
    <>
      <FeedbackList
        kind="strengths"
        voice={voice}
        items={draft.strengths}
        onChange={(strengths) => onChange({ strengths })}
        messages={messages}
      />
      <FeedbackList
        kind="developments"
        voice={voice}
        items={draft.developments}
        onChange={(developments) => onChange({ developments })}
        messages={messages}
      />
      <DraftFindings id={findingsId} findings={findings} fieldName={fieldName} />
    </>
  );
}

/** Adds to `missing` the lists that have no filled item yet (a strength and a development point are required). */
export function addMissingBehaviour(intl: IntlShape, draft: BehaviourDraft, missing: Map<string, string>): void {
  if (filledItems(draft.strengths).length === 0)
    missing.set('strengths', intl.formatMessage({ id: 'roleplays.feedback.needStrength' }));
  if (filledItems(draft.developments).length === 0)
    missing.set('developments', intl.formatMessage({ id: 'roleplays.feedback.needDevelopment' }));
}

/** Props of {@link SendProblems}. */
export interface SendProblemsProps {
  /** The send's error, if it failed. */
  error: unknown;
  /** The server's field issues by form path (the fields show those they own). */
  fromServer: ReadonlyMap<string, string>;
  /** The form paths a field shows; issues on other paths are listed here. */
  fieldPaths: RegExp;
  /** Leads the list of issues no field shows. */
  serverIssuesText: MessageId;
  /** Whether the writer tried to send with required parts missing. */
  missingOnSend: boolean;
}

/** Why a send did not go through: a conflict or failure, issues no field shows, or parts still missing. */
export function SendProblems({ error, fromServer, fieldPaths, serverIssuesText, missingOnSend }: SendProblemsProps) {
  const intl = useIntl();
  const { info } = useTeams();
  const unmapped = error !== null && error !== undefined && fromServer.size === 0;
  const otherIssues = [...fromServer].filter(([path]) => !fieldPaths.test(path));
  return (
    <>
      {unmapped ? (
        <Notice intent="error">
          {conflictDetail(error) ?? intl.formatMessage({ id: describeError(error, info.inTeams).body })}
        </Notice>
      ) : null}
      {otherIssues.length > 0 ? (
        <Notice intent="error">
          {[
            intl.formatMessage({ id: serverIssuesText }),
            ...otherIssues.map(([path, message]) => `${path}: ${message}`),
          ].join(' ')}
        </Notice>
      ) : null}
      {missingOnSend ? (
        <Notice intent="warning">{intl.formatMessage({ id: 'roleplays.feedback.fixBelow' })}</Notice>
      ) : null}
    </>
  );
}
