import { queryOptions } from '@tanstack/react-query';
import type { HomeResponse } from '../../../../src/modules/home/home.schemas.ts';
import { api } from '../client.ts';

export type Home = HomeResponse;
export type HomeScope = HomeResponse['scopes'][number];
export type HomeItem = HomeResponse['items'][number];

export const homeKeys = { all: ['home'] as const };

export const homeQuery = () =>
  queryOptions({
    queryKey: homeKeys.all,
    queryFn: ({ signal }) => api<Home>('/home', { signal }),
  });
