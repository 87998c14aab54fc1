/**
 * The whole demo agency as plain rows, from the scale alone: a pure, deterministic function
 * (seeded PRNG; no clock, no Math.random). `scale` multiplies projects, researchers and outcomes.
 */
import { Rng } from './demo.random.ts';
import type { DemoData } from './demo.types.ts';
import { generateBudgets } from './generate.budgets.ts';
import { generateOutcomes } from './generate.outcomes.ts';
import { assignTeams, generateResearchers } from './generate.people.ts';
import { assignGrantNumbers, generateProjects } from './generate.projects.ts';
import { STORY_PEOPLE, storyLinks, storyOutcomes, storyProjects } from './generate.stories.ts';
import { generateUsers } from './generate.users.ts';

export const DEMO_SEED = 'seedline-demo-agency-v1';

export function generateDemo(scale: number): DemoData {
  if (!(scale > 0) || scale > 50) throw new RangeError('scale must be in (0, 50]');
  const root = new Rng(`${DEMO_SEED}:${scale}`);
  const researchers = generateResearchers(root.fork('people'), Math.max(150, Math.round(8000 * scale)), STORY_PEOPLE);
  const stories = storyProjects();
  const generic = generateProjects(root.fork('projects'), scale, stories.length);
  const projects = [...stories, ...generic.projects];
  assignGrantNumbers(projects);
  const members = assignTeams(root.fork('teams'), projects, researchers, STORY_PEOPLE.length);
  const topics = [...stories.map(() => null), ...generic.topics];
  // Outcomes before budgets: an approval moves its project to the last rung of the ladder.
  const outcomes = generateOutcomes(root.fork('outcomes'), projects, topics, storyOutcomes(), scale);
  const budgets = generateBudgets(root.fork('budgets'), projects, scale);
  return {
    researchers,
    projects,
    members,
    budgets,
    links: [...storyLinks(), ...generic.links],
    outcomes,
    users: generateUsers(root.fork('users')),
  };
}
