import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildTeam } from '../../test/factories';
import { renderWithApp } from '../../test/render';
import { MemberList } from './MemberList';

describe('MemberList', () => {
  it('lists each member with their role and marks the signed-in person', () => {
    renderWithApp(<MemberList members={buildTeam()} heading="Team members" meId="u-alex" />);

    const items = within(screen.getByRole('list', { name: 'Team members' })).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/Megan Bowen.*Manager/);
    expect(items[1]).toHaveTextContent(/Alex Wilber\s*\(you\).*Sales rep/);
    expect(items[2]).toHaveTextContent(/Isaiah Langer.*Contributor/);
  });

  it('formats dates in the Teams locale', () => {
    renderWithApp(<MemberList members={buildTeam()} heading="Team members" />, { info: { locale: 'de-DE' } });

    expect(screen.getAllByText('Member since 02.03.2026')).toHaveLength(3);
  });

  it('spells out roles in large type on the meeting stage', () => {
    renderWithApp(<MemberList members={buildTeam()} heading="Team" density="stage" />);

    const items = within(screen.getByRole('list', { name: 'Team' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Megan BowenManager');
  });
});
