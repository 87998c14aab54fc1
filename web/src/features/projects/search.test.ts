import { describe, expect, it } from 'vitest';
import { parseProjectSearch } from './search.ts';

describe('project list URL state', () => {
  it('keeps valid filters from the URL and coerces numbers', () => {
    expect(
      parseProjectSearch({
        fiscalYear: '2024',
        integratedProject: 3,
        q: ' 膵がん ',
        stage: 'clinical',
        sort: 'budget',
        order: 'desc',
        page: '2',
      }),
    ).toEqual({
      fiscalYear: 2024,
      integratedProject: 3,
      q: '膵がん',
      stage: 'clinical',
      sort: 'budget',
      order: 'desc',
      page: 2,
    });
  });

  it('drops values the API would reject instead of sending them', () => {
    expect(parseProjectSearch({ fiscalYear: 'abc', stage: 'nonsense', modality: 'spaceship', page: 0, sort: 'id' })).toEqual({});
  });
});
