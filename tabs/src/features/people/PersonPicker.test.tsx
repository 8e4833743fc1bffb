import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildSpace, buildTeam } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { AddPeople } from './AddPeople';
import { PersonPicker } from './PersonPicker';

function Owner({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <PersonPicker
        label="Owner"
        members={buildTeam()}
        value={value}
        onChange={setValue}
        emptyLabel="No owner"
        explainMembersOnly
      />
      <output>{value || 'nobody'}</output>
    </>
  );
}

describe('PersonPicker', () => {
  it('offers the members by name and reports the chosen user id', async () => {
    const user = userEvent.setup();
    renderWithApp(<Owner />);
    const select = screen.getByRole('combobox', { name: 'Owner' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['No owner', 'Megan Bowen', 'Alex Wilber', 'Isaiah Langer']);
    await user.selectOptions(select, 'Alex Wilber');
    expect(screen.getByText('u-alex')).toBeInTheDocument();
    // In a tab where people can be added, no "members only" hint.
    expect(screen.queryByText(/Only team members are listed/)).not.toBeInTheDocument();
  });

  it('in the side panel says only members are listed and where people are added', () => {
    renderWithApp(<Owner />, { info: { inTeams: true, frameContext: 'sidePanel' } });
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveAccessibleDescription(
      'Only team members are listed. Add people from the app’s tab in the channel or chat.',
    );
  });

  it('keeps a chosen person who has left the team, without showing an id', () => {
    renderWithApp(<Owner initial="u-gone" />);
    const select = screen.getByRole('combobox', { name: 'Owner' });
    expect(select).toHaveValue('u-gone');
    expect(within(select).getByRole('option', { selected: true })).toHaveTextContent('Someone no longer in the team');
  });
});

describe('AddPeople where the Teams picker cannot open', () => {
  it('in the side panel says where people are added instead, and offers no picker', () => {
    renderWithApp(<AddPeople space={buildSpace()} members={buildTeam()} />, {
      info: { inTeams: true, frameContext: 'sidePanel' },
    });
    expect(screen.getByText(/People are added to the team from the app’s tab in the channel or chat/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Choose people' })).not.toBeInTheDocument();
  });

  it('in a host without the people capability says so and where to add people', () => {
    // No host ever declared the people capability to teams-js here, so the picker is not supported.
    renderWithApp(<AddPeople space={buildSpace()} members={buildTeam()} />, {
      info: { inTeams: true, frameContext: 'content', channelId: '19:abc@thread.tacv2' },
    });
    expect(screen.getByText(/Teams cannot show its people picker here/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Choose people' })).not.toBeInTheDocument();
  });
});
