import type { InitLocale, InitOptions } from './options.js';

// The repository files around a new registry: the workflow that runs lisa's GitHub Action and a short README.

/** The action's release tag adopters pin; the release workflow moves it with every 1.x release. */
export const ACTION_REF = 'lisa-isms/lisa@v1';
export const PACKAGE_NAME = '@lisa-isms/lisa';

const WORKFLOW_HEAD: Record<InitLocale, string> = {
  sv: `# lisa kontrollerar registret i varje pull request (anteckningar på raderna och en kommentar om vad
# ändringen betyder) och skapar styrelsedokumenten på main. Skapad med lisa init.`,
  nb: `# lisa kontrollerer registeret i hver pull request (merknader på linjene og en kommentar om hva
# endringen betyr) og lager styringsdokumentene på main. Laget med lisa init.`,
};

export function workflow(lang: InitLocale): string {
  return `${WORKFLOW_HEAD[lang]}
name: lisa

on:
  pull_request:
  push:
    branches: [main]

permissions: {}

jobs:
  registry:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
      checks: write
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
      - id: lisa
        uses: ${ACTION_REF}
        with:
          registry: registry
      - uses: actions/upload-artifact@v4
        if: \${{ github.event_name == 'push' && steps.lisa.outputs.documents != '' }}
        with:
          name: lisa-documents
          path: \${{ steps.lisa.outputs.output-dir }}
`;
}

export function readme(options: InitOptions): string {
  const name = options.name.replace(/[\r\n]+/g, ' ');
  if (options.lang === 'nb')
    return `# ${name} – informasjonssikkerhet som kode

Registrene for styringssystemet for informasjonssikkerhet ligger i \`registry/\`, én fil per oppføring, og
kontrolleres av [lisa](https://github.com/lisa-isms/lisa). Filene som begynner med \`eksempel-\` er eksempler
fra \`lisa init\`: erstatt dem med egne opplysninger.

\`\`\`sh
npm install --save-dev ${PACKAGE_NAME}   # én gang; deretter npm ci
npx lisa validate                          # kontroller registrene
npx lisa render --format html              # styringsdokumenter i out/
npx lisa import protokoll.xlsx --dry-run   # hent inn fra et regneark (vis først hva som skjer)
npx lisa export                            # protokollen, systemer og klassifiseringer som Excel
\`\`\`

Endringer gjøres i en gren og en pull request: GitHub-handlingen i \`.github/workflows/lisa.yml\` viser hver
feil på linjen og hva endringen betyr. I VS Code gir utvidelsen *YAML* (Red Hat) hjelp mens du skriver.
`;
  return `# ${name} – informationssäkerhet som kod

Registren för ledningssystemet för informationssäkerhet (LIS) ligger i \`registry/\`, en fil per post, och
kontrolleras av [lisa](https://github.com/lisa-isms/lisa). Filerna som börjar med \`exempel-\` är exempel
från \`lisa init\`: ersätt dem med era egna uppgifter.

\`\`\`sh
npm install --save-dev ${PACKAGE_NAME}   # en gång; sedan npm ci
npx lisa validate                          # kontrollera registren
npx lisa render --format html              # styrelsedokument i out/
npx lisa import registerforteckning.xlsx --dry-run   # läs in ett kalkylblad (visa först vad som händer)
npx lisa export                            # registerförteckningen, system och klassningar som Excel
\`\`\`

Ändringar görs i en gren och en pull request: GitHub-åtgärden i \`.github/workflows/lisa.yml\` visar varje
fel på raden och vad ändringen betyder. I VS Code ger tillägget *YAML* (Red Hat) hjälp medan du skriver.
Kom igång: https://github.com/lisa-isms/lisa/blob/main/docs/kom-igang.md
`;
}
