import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMember, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { LazyMemberPasses } from './lazyViews';

describe('MemberPasses', () => {
  it('shows the lessons a member passed, with one request for the whole list, and nothing for others', async () => {
    const requests = stubApi({
      [`GET /api/spaces/${SPACE_ID}/lesson-passes`]: {
        body: {
          items: [
            {
              userId: 'u-isaiah',
              passes: [
                { lessonId: 'builtin-what-else', title: 'Asking "what else?"', passedAt: '2026-12-04T10:00:00.000Z' },
                { lessonId: 'l-1', title: '<img src=x onerror=alert(1)>', passedAt: '2026-12-03T10:00:00.000Z' },
              ],
            },
          ],
        },
      },
    });
    const isaiah = buildMember({ userId: 'u-isaiah', name: 'Isaiah Langer', role: 'contributor' });
    const alex = buildMember({ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' });
    const { container } = renderWithApp(
      <ul>
        <li data-testid="isaiah">
          <LazyMemberPasses spaceId={SPACE_ID} member={isaiah} />
        </li>
        <li data-testid="alex">
          <LazyMemberPasses spaceId={SPACE_ID} member={alex} />
        </li>
      </ul>,
    );
    expect(await screen.findByText('2 lessons passed')).toBeInTheDocument();
    expect(screen.getByText('Passed: Asking "what else?" and <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByTestId('alex')).toBeEmptyDOMElement();
    expect(container.querySelector('img')).toBeNull();
    expect(requests.filter((r) => r.path.endsWith('/lesson-passes'))).toHaveLength(1);
  });
});
