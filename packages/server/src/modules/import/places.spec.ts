import { loadReferenceData } from '../geography';
import { adjectivesOf, buildPlaceReference, districtMunicipalities, matchPlace } from './places';

const ref = buildPlaceReference();

describe('matchPlace', () => {
  // Real names as sources write them: official, prefixed, informal, Latin, adjectival, qualified.
  it.each([
    ['Монтана', 'MON29'],
    ['Община Монтана', 'MON29'],
    ['ОБЩИНА МОНТАНА', 'MON29'],
    ['общ. Монтана', 'MON29'],
    ['гр. Монтана', 'MON29'],
    ['град Монтана', 'MON29'],
    ['гр.Търговище', 'TGV35'],
    ['Търговищe', 'TGV35'], // Latin "e" in a Cyrillic word (a real source)
    ['Търговищка община', 'TGV35'],
    ['Търговищката община', 'TGV35'],
    ['Targovishte', 'TGV35'],
    ['Targoviste', 'TGV35'],
    ['Turgovishte', 'TGV35'],
    ['Municipality of Targovishte', 'TGV35'],
    ['Targovishte Municipality', 'TGV35'],
    ['Obshtina Targovishte', 'TGV35'],
    ['Столична община', 'SOF46'],
    ['Столична', 'SOF46'],
    ['София', 'SOF46'],
    ['гр. София', 'SOF46'],
    ['Sofiya', 'SOF46'],
    ['Stolichna', 'SOF46'],
    ['Хисар', 'PDV37'], // informal name of Хисаря
    ['Hisar', 'PDV37'],
    ['Хисаря', 'PDV37'],
    ['Велико Търново', 'VTR04'],
    ['Veliko Turnovo', 'VTR04'],
    ['Великотърновска община', 'VTR04'],
    ['Kardjali', 'KRZ16'],
    ['Kardzhali', 'KRZ16'],
    ['Pazardjik', 'PAZ19'],
    ['Добрич-селска', 'DOB15'],
    ['Добрич - селска', 'DOB15'],
    ['Добричка', 'DOB15'], // the former name of Добрич-селска wins over the adjective of Добрич
    ['Община град Добрич', 'DOB28'],
    ['Пернишка община', 'PER32'],
    ['Ловешка община', 'LOV18'],
    ['Русенска община', 'RSE27'],
    ['Бургаска община', 'BGS04'],
    ['Разложка община', 'BLG37'],
    ['Своге', 'SFO43'],
    ['Ново село', 'VID30'],
    ['TGV35', 'TGV35'],
    ['Русе > Бяла', 'RSE04'],
    ['Варна > Бяла', 'VAR05'],
    ['Монтана > Монтана', 'MON29'],
    ['БЪЛГАРИЯ > СЕВЕРНА И ЮГОИЗТОЧНА БЪЛГАРИЯ > Северозападен > Монтана > Монтана', 'MON29'],
    ['Монтана > Берковица', 'MON02'],
    ['София (столица) > Столична', 'SOF46'],
    ['София-град > Столична', 'SOF46'],
    ['Софийска област > Своге', 'SFO43'],
    ['Varna > Byala', 'VAR05'],
  ])('%s → %s', (name, code) => {
    expect(matchPlace(name, ref)).toEqual({ code });
  });

  it('reports a name two municipalities share, with both candidates, unless qualified', () => {
    expect(matchPlace('Бяла', ref)).toMatchObject({
      reason: 'ambiguousPlace',
      candidates: ['RSE04', 'VAR05'],
    });
    expect(matchPlace('Община Бяла', ref)).toMatchObject({ reason: 'ambiguousPlace' });
    expect(matchPlace('Byala', ref)).toMatchObject({
      reason: 'ambiguousPlace',
      candidates: ['RSE04', 'VAR05'],
    });
  });

  it('finds every name the data shares between municipalities', () => {
    const byName = new Map<string, string[]>();
    for (const m of loadReferenceData().municipalities)
      byName.set(m.nameBg, [...(byName.get(m.nameBg) ?? []), m.code]);
    for (const [name, codes] of byName) {
      const match = matchPlace(name, ref);
      if (codes.length > 1)
        expect(match).toMatchObject({ reason: 'ambiguousPlace', candidates: codes.sort() });
      else expect(match).toEqual({ code: codes[0] });
    }
  });

  it.each([
    ['Атлантида', /matches no municipality/],
    ['с. Ново село', /village/],
    ['село Ягодово', /village/],
    ['област Монтана', /district/],
    ['Търговищка област', /district/],
    ['Монтана > Атлантида', /not a municipality of district "Монтана"/],
    ['Русе > Варна', /not a municipality of district "Русе"/],
    ['Северозападен > Монтана', /matches no district/],
    ['XYZ99', /no NSI municipality code/],
    ['', /empty/],
  ])('%s is unknownPlace', (name, message) => {
    const match = matchPlace(name, ref);
    expect(match).toMatchObject({ reason: 'unknownPlace' });
    expect('message' in match && match.message).toMatch(message);
  });
});

describe('adjectivesOf', () => {
  it.each([
    ['Търговище', 'търговищка'],
    ['Монтана', 'монтанска'],
    ['Сливен', 'сливенска'],
    ['Перник', 'пернишка'],
    ['Ловеч', 'ловешка'],
    ['Петрич', 'петричка'],
    ['Бургас', 'бургаска'],
    ['Разлог', 'разложка'],
    ['Габрово', 'габровска'],
    ['Враца', 'врачанска'],
    ['Стара Загора', 'старозагорска'],
  ])('%s → %s', (name, adjective) => {
    expect(adjectivesOf(name)).toContain(adjective);
  });
});

describe('districtMunicipalities', () => {
  it('gives the five municipalities of Targovishte district however it is named', () => {
    const five = ['TGV02', 'TGV22', 'TGV23', 'TGV24', 'TGV35'];
    expect(districtMunicipalities('Търговище', ref)).toEqual(five);
    expect(districtMunicipalities('област Търговище', ref)).toEqual(five);
    expect(districtMunicipalities('Търговищка област', ref)).toEqual(five);
    expect(districtMunicipalities('Targovishte District', ref)).toEqual(five);
  });

  it('tells the capital from the province around it, and knows no invented district', () => {
    expect(districtMunicipalities('София (столица)', ref)).toEqual(['SOF46']);
    expect(districtMunicipalities('София-град', ref)).toEqual(['SOF46']);
    expect(districtMunicipalities('Софийска област', ref)).toHaveLength(22);
    expect(districtMunicipalities('Атлантида', ref)).toEqual([]);
  });
});
