import { DEFAULT_SKILLS } from '@coachboard/api/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildProblem, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { ScenarioForm } from './ScenarioForm';
import { buildCompetencies, buildScenario } from './testFactories';

const BASE = `/api/spaces/${SPACE_ID}`;
const COMPETENCIES = { [`GET ${BASE}/competencies`]: { body: buildCompetencies() } };

const box = (name: string | RegExp) => screen.getByRole('textbox', { name });

/** Puts text into a field at once (typing every key of long texts only slows the test). */
async function fill(name: string | RegExp, text: string) {
  await userEvent.click(box(name));
  await userEvent.paste(text);
}

/** Fills every required field of a new scenario. */
async function fillScenario() {
  await fill(/^Title/, 'Renewal at risk');
  await fill(/^Name/, 'Sam Ortiz');
  await fill(/^Job title/, 'IT Director');
  await fill(/^Company/, 'Litware');
  await fill(/^Mood/, 'Tired of outages');
  await fill('Cares about 1', 'Uptime during quarter end');
  await userEvent.click(screen.getByRole('button', { name: 'Add something they care about' }));
  await fill('Cares about 2', 'Not being blamed');
  await fill(/^Situation/, 'Two outages this quarter; renewal in 30 days.');
  await fill('Objection 1', 'Say the competitor offered three months free.');
  await userEvent.click(screen.getByRole('button', { name: 'Add an objection' }));
  await fill('Objection 2', 'Throw away');
  await userEvent.click(screen.getByRole('button', { name: 'Remove objection 2' }));
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Skill/ }), 'negotiation');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Difficulty/ }), 'intermediate');
  const minutes = screen.getByRole('spinbutton', { name: /Suggested round length/ });
  await userEvent.clear(minutes);
  await userEvent.type(minutes, '8');
  await userEvent.click(await screen.findByRole('checkbox', { name: 'Acknowledging emotion' }));
  await userEvent.click(screen.getByRole('checkbox', { name: 'Next-step close' }));
}

function renderCreate(onSaved = vi.fn()) {
  renderWithApp(<ScenarioForm spaceId={SPACE_ID} skills={DEFAULT_SKILLS} onSaved={onSaved} onCancel={vi.fn()} />);
  return onSaved;
}

describe('ScenarioForm', () => {
  it('posts the scenario the author wrote', async () => {
    const requests = stubApi({
      ...COMPETENCIES,
      [`POST ${BASE}/scenarios`]: { status: 201, body: buildScenario({ id: 's-new' }) },
    });
    const onSaved = renderCreate();
    await fillScenario();

    await userEvent.click(screen.getByRole('button', { name: 'Save scenario' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('s-new'));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      title: 'Renewal at risk',
      persona: {
        name: 'Sam Ortiz',
        role: 'IT Director',
        company: 'Litware',
        mood: 'Tired of outages',
        caresAbout: ['Uptime during quarter end', 'Not being blamed'],
      },
      situation: 'Two outages this quarter; renewal in 30 days.',
      objections: ['Say the competitor offered three months free.'],
      skill: 'negotiation',
      difficulty: 'intermediate',
      suggestedRoundMinutes: 8,
      criteria: ['acknowledgingEmotion', 'nextStepClose'],
    });
  });

  it('says which fields are missing and sends nothing', async () => {
    const requests = stubApi(COMPETENCIES);
    renderCreate();
    await screen.findByRole('checkbox', { name: 'Next-step close' });

    await userEvent.click(screen.getByRole('button', { name: 'Save scenario' }));

    expect(box(/^Title/)).toHaveAttribute('aria-invalid', 'true');
    expect(box(/^Title/)).toHaveFocus();
    expect(box('Objection 1')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Pick at least one criterion for observers to score.')).toBeInTheDocument();
    expect(screen.getByText('Some fields need attention. They are marked above.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('shows the server’s issues on the fields they name', async () => {
    stubApi({
      ...COMPETENCIES,
      [`POST ${BASE}/scenarios`]: {
        status: 400,
        body: buildProblem(400, 'validation_failed', {
          issues: [
            { field: 'body.persona.company', message: 'must not contain control characters' },
            { field: 'body.objections.0', message: 'must be at most 400 characters' },
          ],
        }),
      },
    });
    renderCreate();
    await fillScenario();

    await userEvent.click(screen.getByRole('button', { name: 'Save scenario' }));

    expect(await screen.findByText('must not contain control characters')).toBeInTheDocument();
    expect(box(/^Company/)).toHaveAttribute('aria-invalid', 'true');
    expect(box(/^Company/)).toHaveFocus();
    expect(box('Objection 1')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('must be at most 400 characters')).toBeInTheDocument();
  });

  it('edits with the version shown and asks to reload when someone else saved first', async () => {
    const requests = stubApi({
      ...COMPETENCIES,
      [`PATCH ${BASE}/scenarios/starter-price-pushback`]: {
        status: 412,
        body: buildProblem(412, 'precondition_failed'),
      },
    });
    const onReload = vi.fn();
    renderWithApp(
      <ScenarioForm
        spaceId={SPACE_ID}
        skills={DEFAULT_SKILLS}
        scenario={buildScenario({ skill: { key: 'negotiation', label: 'Negotiation' } })}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
        onReload={onReload}
      />,
    );
    expect(box('Objection 2')).toHaveValue(
      'If the rep offers a discount straight away, take it, then ask for another 10%.',
    );
    await userEvent.clear(box(/^Mood/));
    await userEvent.type(box(/^Mood/), 'Impatient');

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText(/Someone else changed this scenario since you opened it/)).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers.get('if-match')).toBe('"s1"');
    expect(patch?.body).toMatchObject({
      persona: { mood: 'Impatient' },
      criteria: ['priceObjections', 'nextStepClose'],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });
});
