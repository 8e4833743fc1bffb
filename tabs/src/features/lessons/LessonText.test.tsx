import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { LessonText } from './LessonText';

describe('LessonText', () => {
  it('turns the lesson markup into headings, lists, strong and emphasis', () => {
    renderWithApp(<LessonText source={'# Listen\n\nAsk **what else** and *wait*.\n\n1. Note\n2. Pass on'} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Listen' })).toBeInTheDocument();
    expect(screen.getByText('what else').tagName).toBe('STRONG');
    expect(screen.getByText('wait').tagName).toBe('EM');
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Note', 'Pass on']);
    expect(items[0]?.parentElement?.tagName).toBe('OL');
  });

  it('shows <script> and <img onerror> as the text typed, never as elements', () => {
    const script = '<script>window.__xss = 1</script>';
    const img = '<img src=x onerror="window.__xss = 2">';
    const { container } = renderWithApp(<LessonText source={`${script}\n\n- ${img}\n\n# <b>bold</b>`} />);
    expect(screen.getByText(script)).toBeInTheDocument();
    expect(screen.getByText(img)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '<b>bold</b>' })).toBeInTheDocument();
    expect(container.querySelector('script, img, b')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
