import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { DueBadge } from './DueBadge';

describe('DueBadge', () => {
  it.each([
    { dueDate: '2026-11-13', done: false, shown: 'Overdue' },
    { dueDate: '2026-12-06', done: false, shown: 'Due soon' },
    { dueDate: '2026-11-13', done: true, shown: 'Done' },
  ])('says $shown in words', ({ dueDate, done, shown }) => {
    renderWithApp(<DueBadge dueDate={dueDate} done={done} today="2026-12-05" />);
    expect(screen.getByText(shown)).toBeInTheDocument();
  });

  it('says nothing for a date far ahead', () => {
    const { container } = renderWithApp(<DueBadge dueDate="2027-01-20" done={false} today="2026-12-05" />);
    expect(container.textContent).toBe('');
  });
});
