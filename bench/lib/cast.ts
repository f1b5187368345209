/**
 * The people, countries and places the generated bench inputs talk about. Bench data only: it drives the
 * corpus and the synthetic records so they cover many tracks, not just the seeds' one.
 */
export interface Country {
  code: string;
  /** As used in running text: "the United States", "Russia". */
  name: string;
  /** Short form used in compounds like "U.S.-Russia relations". */
  short: string;
  adjective: string;
  capital: string;
  minister: { name: string; surname: string; role: string };
  leader: { name: string; surname: string; role: string };
}

export const COUNTRIES: readonly Country[] = [
  { code: 'US', name: 'the United States', short: 'U.S.', adjective: 'American', capital: 'Washington',
    minister: { name: 'Marco Rubio', surname: 'Rubio', role: 'Secretary of State' }, leader: { name: 'Donald Trump', surname: 'Trump', role: 'President' } },
  { code: 'RU', name: 'Russia', short: 'Russia', adjective: 'Russian', capital: 'Moscow',
    minister: { name: 'Sergey Lavrov', surname: 'Lavrov', role: 'Foreign Minister' }, leader: { name: 'Vladimir Putin', surname: 'Putin', role: 'President' } },
  { code: 'CN', name: 'China', short: 'China', adjective: 'Chinese', capital: 'Beijing',
    minister: { name: 'Wang Yi', surname: 'Wang', role: 'Foreign Minister' }, leader: { name: 'Xi Jinping', surname: 'Xi', role: 'President' } },
  { code: 'FR', name: 'France', short: 'France', adjective: 'French', capital: 'Paris',
    minister: { name: 'Jean-Noël Barrot', surname: 'Barrot', role: 'Foreign Minister' }, leader: { name: 'Emmanuel Macron', surname: 'Macron', role: 'President' } },
  { code: 'DE', name: 'Germany', short: 'Germany', adjective: 'German', capital: 'Berlin',
    minister: { name: 'Johann Wadephul', surname: 'Wadephul', role: 'Foreign Minister' }, leader: { name: 'Friedrich Merz', surname: 'Merz', role: 'Chancellor' } },
  { code: 'IN', name: 'India', short: 'India', adjective: 'Indian', capital: 'New Delhi',
    minister: { name: 'Subrahmanyam Jaishankar', surname: 'Jaishankar', role: 'External Affairs Minister' }, leader: { name: 'Narendra Modi', surname: 'Modi', role: 'Prime Minister' } },
  { code: 'PK', name: 'Pakistan', short: 'Pakistan', adjective: 'Pakistani', capital: 'Islamabad',
    minister: { name: 'Ishaq Dar', surname: 'Dar', role: 'Foreign Minister' }, leader: { name: 'Shehbaz Sharif', surname: 'Sharif', role: 'Prime Minister' } },
  { code: 'TR', name: 'Turkey', short: 'Turkey', adjective: 'Turkish', capital: 'Ankara',
    minister: { name: 'Hakan Fidan', surname: 'Fidan', role: 'Foreign Minister' }, leader: { name: 'Recep Tayyip Erdogan', surname: 'Erdogan', role: 'President' } },
  { code: 'UA', name: 'Ukraine', short: 'Ukraine', adjective: 'Ukrainian', capital: 'Kyiv',
    minister: { name: 'Andrii Sybiha', surname: 'Sybiha', role: 'Foreign Minister' }, leader: { name: 'Volodymyr Zelenskyy', surname: 'Zelenskyy', role: 'President' } },
  { code: 'JP', name: 'Japan', short: 'Japan', adjective: 'Japanese', capital: 'Tokyo',
    minister: { name: 'Takeshi Iwaya', surname: 'Iwaya', role: 'Foreign Minister' }, leader: { name: 'Shigeru Ishiba', surname: 'Ishiba', role: 'Prime Minister' } },
  { code: 'KR', name: 'South Korea', short: 'South Korea', adjective: 'South Korean', capital: 'Seoul',
    minister: { name: 'Cho Hyun', surname: 'Cho', role: 'Foreign Minister' }, leader: { name: 'Lee Jae-myung', surname: 'Lee', role: 'President' } },
  { code: 'SA', name: 'Saudi Arabia', short: 'Saudi Arabia', adjective: 'Saudi', capital: 'Riyadh',
    minister: { name: 'Faisal bin Farhan', surname: 'Faisal', role: 'Foreign Minister' }, leader: { name: 'Mohammed bin Salman', surname: 'bin Salman', role: 'Crown Prince' } },
  { code: 'IR', name: 'Iran', short: 'Iran', adjective: 'Iranian', capital: 'Tehran',
    minister: { name: 'Abbas Araghchi', surname: 'Araghchi', role: 'Foreign Minister' }, leader: { name: 'Masoud Pezeshkian', surname: 'Pezeshkian', role: 'President' } },
  { code: 'GB', name: 'Britain', short: 'UK', adjective: 'British', capital: 'London',
    minister: { name: 'David Lammy', surname: 'Lammy', role: 'Foreign Secretary' }, leader: { name: 'Keir Starmer', surname: 'Starmer', role: 'Prime Minister' } },
  { code: 'BR', name: 'Brazil', short: 'Brazil', adjective: 'Brazilian', capital: 'Brasilia',
    minister: { name: 'Mauro Vieira', surname: 'Vieira', role: 'Foreign Minister' }, leader: { name: 'Luiz Inacio Lula da Silva', surname: 'Lula', role: 'President' } },
];

export interface Venue {
  city: string;
  venue: string | null;
  country: string;
}

/** Neutral and host cities where contacts take place. */
export const VENUES: readonly Venue[] = [
  { city: 'Geneva', venue: 'Palais des Nations', country: 'CH' },
  { city: 'Istanbul', venue: 'Dolmabahce Palace', country: 'TR' },
  { city: 'Doha', venue: null, country: 'QA' },
  { city: 'Vienna', venue: 'Hofburg Palace', country: 'AT' },
  { city: 'Helsinki', venue: null, country: 'FI' },
  { city: 'Abu Dhabi', venue: null, country: 'AE' },
  { city: 'Riyadh', venue: 'Diriyah Palace', country: 'SA' },
  { city: 'Oslo', venue: null, country: 'NO' },
  { city: 'Singapore', venue: 'Shangri-La Hotel', country: 'SG' },
  { city: 'Kuala Lumpur', venue: null, country: 'MY' },
  { city: 'Budapest', venue: null, country: 'HU' },
  { city: 'New York', venue: 'United Nations headquarters', country: 'US' },
  { city: 'Jeddah', venue: null, country: 'SA' },
  { city: 'Muscat', venue: null, country: 'OM' },
  { city: 'Anchorage', venue: 'Joint Base Elmendorf-Richardson', country: 'US' },
];

export const FORUMS = ['G20 summit', 'ASEAN Regional Forum', 'U.N. General Assembly', 'Munich Security Conference', 'OSCE ministerial', 'BRICS summit'];

export const OUTLETS = ['Reuters', 'Associated Press', 'AFP', 'Bloomberg', 'The Guardian', 'Al Jazeera', 'Deutsche Welle', 'NHK World', 'Devdiscourse', 'EconoTimes', 'USLive', 'Internewscast', 'TASS', 'Anadolu Agency', 'Kyiv Independent', 'South China Morning Post'];

export const TOPICS = ['sanctions relief', 'prisoner exchanges', 'embassy staffing', 'a ceasefire', 'arms control', 'energy exports', 'grain shipments', 'frozen assets', 'direct flights', 'the nuclear programme', 'maritime security', 'trade barriers', 'visa rules', 'territorial disputes'];

export const DEMANDS = [
  'lifted sanctions on its banks',
  'withdrew its troops from the border areas',
  'recognized the new territorial arrangements',
  'halted weapons deliveries to the region',
  'released the detained journalists',
  'returned the seized diplomatic properties',
  'guaranteed neutrality for its neighbour',
  'dropped its veto at the Security Council',
];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
