// moves-dev with every labelled person renamed to a made-up name of the same script: a recogniser that only knew the
// people it was tuned on would find fewer of them here. Names are drawn from a seeded generator, so a run repeats.

export interface Named {
  person: string;
  aliases: string[];
  grade: 'grade' | 'skip';
}
export interface Text<E extends Named> {
  title: string;
  excerpt: string;
  expect: E[];
}

const GIVEN = [
  'Talia',
  'Orrin',
  'Mireille',
  'Caspian',
  'Ingrid',
  'Desmond',
  'Noor',
  'Bastian',
  'Freya',
  'Lucan',
  'Odile',
  'Rafferty',
  'Selene',
  'Tobin',
  'Yara',
  'Hollis',
  'Marit',
  'Briony',
  'Corwin',
  'Delphine',
];
const FAMILY = [
  'Vantreight',
  'Okonjo',
  'Marchetti',
  'Halloran',
  'Szabo',
  'Pemberton',
  'Achterberg',
  'Castellanos',
  'Dunmore',
  'Falkner',
  'Grimaldi',
  'Hargreave',
  'Jablonski',
  'Kettering',
  'Lowenthal',
  'Northcott',
  'Ostrander',
  'Prewitt',
  'Thackeray',
  'Whitlock',
];
const ZH_SURNAMES = ['薛', '柯', '葛', '尹', '房', '童', '卓', '霍', '晏', '凌', '简', '裘', '郁', '蓝', '闻', '苗', '管', '岑'];
const ZH_GIVEN = ['若', '川', '明', '书', '远', '岚', '澄', '然', '启', '泽', '朗', '沐', '宁', '航', '岳', '舟', '晨', '柏', '嘉', '逸'];

const HAN_ONLY = /^\p{Script=Han}{2,4}$/u;
const LATIN_NAME = /^[\p{Script=Latin}'’.-]+(?: [\p{Script=Latin}'’.-]+)+$/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The items with each labelled person that the text names in full renamed; people it does not are left ungraded. */
export function renamePeople<E extends Named, T extends Text<E>>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const draw = <X>(list: readonly X[]) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return list[state % list.length]!;
  };
  return items.map((item) => {
    let text = `${item.title}\n${item.excerpt}`;
    const taken = new Set<string>();
    // (Each person of an item gets a family name of their own: two people who share one read as one.)
    const unique = <X extends string>(list: readonly X[]) => {
      for (let k = 0; k < 50; k++) {
        const x = draw(list);
        if (taken.has(x)) continue;
        taken.add(x);
        return x;
      }
      return draw(list);
    };
    const expect = item.expect.map((e): E => {
      const written = [...new Set([e.person, ...e.aliases])].filter((a) => text.includes(a)).sort((a, b) => b.length - a.length);
      const family = unique(FAMILY);
      const latin = `${draw(GIVEN)} ${family}`;
      const han = unique(ZH_SURNAMES) + draw(ZH_GIVEN) + draw(ZH_GIVEN);
      const renames = new Map<string, string>();
      for (const a of written) {
        if (HAN_ONLY.test(a)) renames.set(a, han.slice(0, Math.min(3, a.length)));
        else if (LATIN_NAME.test(a)) {
          renames.set(a, latin);
          // ("Simonyan will serve as chief scientist": the family name alone too.)
          const last = a.split(' ').pop()!;
          if (!renames.has(last)) renames.set(last, family);
        }
      }
      const full = [...renames.keys()].filter((k) => k.includes(' ') || HAN_ONLY.test(k));
      if (!full.length) return { ...e, grade: 'skip' };
      const pattern = [...renames.keys()]
        .sort((a, b) => b.length - a.length)
        .map((k) => (HAN_ONLY.test(k) ? escape(k) : `(?<![\\p{Script=Latin}])${escape(k)}(?![\\p{Script=Latin}])`))
        .join('|');
      text = text.replace(new RegExp(pattern, 'gu'), (m) => renames.get(m) ?? m);
      const name = renames.get(full[0]!)!;
      return { ...e, person: name, aliases: [name] };
    });
    const [title, ...rest] = text.split('\n');
    return { ...item, title: title!, excerpt: rest.join('\n'), expect };
  });
}
