import { Field, Input, Select } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { useBoardList } from '../boards';
import { usePracticeList } from '../practices';
import { useScenarios } from '../roleplays';

/** Props of {@link LinkTargetField}. */
export interface LinkTargetFieldProps {
  spaceId: string;
  kind: 'board' | 'scenario' | 'practice';
  value: string;
  onChange: (id: string) => void;
  validationMessage?: string;
}

/** One choosable target of a link: its id and what people call it. */
interface Target {
  id: string;
  name: string;
}

/** Picks what an agenda item links to: the space's boards, scenarios or practices by name. */
export function LinkTargetField(props: LinkTargetFieldProps) {
  if (props.kind === 'board') return <BoardTarget {...props} />;
  if (props.kind === 'practice') return <PracticeTarget {...props} />;
  return <ScenarioTarget {...props} />;
}

function BoardTarget(props: LinkTargetFieldProps) {
  const boards = useBoardList(props.spaceId);
  return <TargetSelect {...props} targets={boards.data?.items.map((b) => ({ id: b.id, name: b.name })) ?? null} />;
}

function PracticeTarget(props: LinkTargetFieldProps) {
  const practices = usePracticeList(props.spaceId, {});
  const targets = practices.isSuccess ? practices.practices.map((p) => ({ id: p.id, name: p.title })) : null;
  return <TargetSelect {...props} targets={targets} />;
}

function ScenarioTarget(props: LinkTargetFieldProps) {
  const scenarios = useScenarios(props.spaceId);
  return <TargetSelect {...props} targets={scenarios.data?.map((s) => ({ id: s.id, name: s.title })) ?? null} />;
}

/** A select of the targets once they are known (and the current one kept); an id field when there is no list. */
function TargetSelect({
  value,
  onChange,
  validationMessage,
  targets,
}: LinkTargetFieldProps & { targets: Target[] | null }) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: 'meetings.item.linkTarget' });
  if (!targets || targets.length === 0) {
    return (
      <Field label={intl.formatMessage({ id: 'meetings.item.linkId' })} validationMessage={validationMessage}>
        <Input value={value} onChange={(_, d) => onChange(d.value)} />
      </Field>
    );
  }
  const options = value && !targets.some((t) => t.id === value) ? [{ id: value, name: value }, ...targets] : targets;
  return (
    <Field label={label} validationMessage={validationMessage}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="">{intl.formatMessage({ id: 'meetings.item.linkPick' })}</option>
        {options.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
