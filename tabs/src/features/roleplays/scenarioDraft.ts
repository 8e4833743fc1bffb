/** The scenario form's draft: from and to the API's shapes, and the checks it runs before sending. */
import {
  ROLEPLAY_LIMITS,
  ScenarioDifficulty,
  type CreateScenarioBody,
  type ScenarioResponse,
} from '@coachboard/api/domain';
import { type IntlShape } from 'react-intl';
import type { MessageId } from '../../i18n/en';
import { ApiError } from '../../lib/api';

const L = ROLEPLAY_LIMITS;

/** What the author is typing, field by field; list rows stay rows (blank ones are flagged, not dropped). */
export interface Draft {
  title: string;
  name: string;
  role: string;
  company: string;
  mood: string;
  caresAbout: string[];
  situation: string;
  objections: string[];
  skill: string;
  difficulty: ScenarioDifficulty | '';
  minutes: string;
  criteria: string[];
}

export function draftOf(scenario: ScenarioResponse | undefined): Draft {
  if (!scenario)
    return {
      title: '',
      name: '',
      role: '',
      company: '',
      mood: '',
      caresAbout: [''],
      situation: '',
      objections: [''],
      skill: '',
      difficulty: '',
      minutes: '7',
      criteria: [],
    };
  return {
    title: scenario.title,
    name: scenario.persona.name,
    role: scenario.persona.role,
    company: scenario.persona.company,
    mood: scenario.persona.mood,
    caresAbout: scenario.persona.caresAbout.length > 0 ? [...scenario.persona.caresAbout] : [''],
    situation: scenario.situation,
    objections: scenario.objections && scenario.objections.length > 0 ? [...scenario.objections] : [''],
    skill: scenario.skill.key,
    difficulty: scenario.difficulty,
    minutes: String(scenario.suggestedRoundMinutes),
    criteria: scenario.criteria.map((c) => c.key),
  };
}

/** Problems the form can see before sending, by body path (`persona.name`, `objections.1`). */
export function checkDraft(draft: Draft, intl: IntlShape): Map<string, string> {
  const issues = new Map<string, string>();
  const say = (path: string, id: MessageId, values?: Record<string, number>): void => {
    if (!issues.has(path)) issues.set(path, intl.formatMessage({ id }, values));
  };
  const required: [string, string][] = [
    ['title', draft.title],
    ['persona.name', draft.name],
    ['persona.role', draft.role],
    ['persona.company', draft.company],
    ['persona.mood', draft.mood],
    ['situation', draft.situation],
  ];
  for (const [path, value] of required) if (!value.trim()) say(path, 'roleplays.scenario.form.required');
  draft.caresAbout.forEach((v, i) => {
    if (!v.trim()) say(`persona.caresAbout.${i}`, 'roleplays.scenario.form.required');
  });
  draft.objections.forEach((v, i) => {
    if (!v.trim()) say(`objections.${i}`, 'roleplays.scenario.form.required');
  });
  if (draft.caresAbout.length === 0) say('persona.caresAbout', 'roleplays.scenario.form.needCare');
  if (draft.objections.length === 0) say('objections', 'roleplays.scenario.form.needObjection');
  if (!draft.skill) say('skill', 'roleplays.scenario.form.pickSkill');
  if (!draft.difficulty) say('difficulty', 'roleplays.scenario.form.pickDifficulty');
  const minutes = Number(draft.minutes);
  if (!draft.minutes.trim() || !Number.isInteger(minutes) || minutes < 1 || minutes > L.roundMinutesMax)
    say('suggestedRoundMinutes', 'roleplays.scenario.form.minutesRange', { max: L.roundMinutesMax });
  if (draft.criteria.length === 0) say('criteria', 'roleplays.scenario.form.needCriterion');
  return issues;
}

/** The request body of a checked draft. */
export function bodyOf(draft: Draft): Omit<CreateScenarioBody, 'source'> {
  return {
    title: draft.title.trim(),
    persona: {
      name: draft.name.trim(),
      role: draft.role.trim(),
      company: draft.company.trim(),
      mood: draft.mood.trim(),
      caresAbout: draft.caresAbout.map((s) => s.trim()),
    },
    situation: draft.situation.trim(),
    objections: draft.objections.map((s) => s.trim()),
    skill: draft.skill,
    difficulty: ScenarioDifficulty.parse(draft.difficulty),
    suggestedRoundMinutes: Number(draft.minutes),
    criteria: draft.criteria,
  };
}

/** The server's issues (`body.persona.name`) by body path (`persona.name`); the first per path. */
export function serverIssues(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!(error instanceof ApiError) || error.status !== 400) return out;
  for (const issue of error.issues) {
    const path = issue.field.replace(/^body\.?/, '');
    if (!out.has(path)) out.set(path, issue.message);
  }
  return out;
}

/** The paths that have a field of their own (the rest are listed under the form). */
export const FIELD_PATHS =
  /^(?:title|situation|skill|difficulty|suggestedRoundMinutes|persona\.(?:name|role|company|mood)|persona\.caresAbout(?:\.\d+)?|objections(?:\.\d+)?|criteria(?:\.\d+)?)$/;
