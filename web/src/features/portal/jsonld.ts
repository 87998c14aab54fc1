import type { PortalProject } from '../../api/portal/queries.ts';

/** schema.org description of a public project (ResearchProject), for search engines. */
export function projectJsonLd(p: PortalProject, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ResearchProject',
    '@id': url,
    url,
    identifier: p.grantNumber,
    name: p.titleJa,
    alternateName: p.titleEn,
    description: p.abstractJa || p.abstractEn,
    foundingDate: `${p.startFiscalYear}-04-01`,
    endDate: `${p.endFiscalYear + 1}-03-31`,
    funder: { '@type': 'GovernmentOrganization', name: '国立研究開発法人日本医療研究開発機構', alternateName: 'AMED' },
    sponsor: { '@type': 'Organization', name: p.program.nameJa, alternateName: p.program.nameEn },
    member: p.members.map((m) => ({
      '@type': 'Person',
      name: m.nameJa,
      alternateName: m.nameEn,
      roleName: m.role === 'pi' ? '研究開発代表者' : '研究開発分担者',
      affiliation: { '@type': 'Organization', name: m.institution.nameJa, alternateName: m.institution.nameEn },
    })),
    keywords: p.diseaseAreas.map((a) => a.nameJa).join(', '),
  };
}
