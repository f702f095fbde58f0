// Neutral general knowledge for wrong options where the kind allows it: countries (with their
// demonyms and capitals) and continents. Unlike the launch lexicon, these may be offered for
// any article, because a country among countries is plausible whatever the topic. Kept as a
// short table of our own: the npm country lists carry hundreds of official names, codes and
// translations a Worker would pay for per KB, and none gives capitals with demonyms this small.

// kind/sub | flags (t = takes "the", p = plural) | side | names ; separated | demonyms
export const GENERAL_PLACES_TABLE = `
place/country||russia|Russia;Russian Federation|Russian;Russians
place/country|t|us|United States;U.S.;US;USA;U.S.A.;United States of America;America|American;Americans
place/country||syria|Syria;Syrian Arab Republic|Syrian;Syrians
place/country||iran|Iran;Islamic Republic of Iran|Iranian;Iranians
place/country||iraq|Iraq|Iraqi;Iraqis
place/country||turkey|Turkey;Türkiye|Turkish
place/country||israel|Israel|Israeli;Israelis
place/country||lebanon|Lebanon|Lebanese
place/country||jordan|Jordan|Jordanian
place/country||ukraine|Ukraine|Ukrainian
place/country||poland|Poland|Polish
place/country||finland|Finland|Finnish
place/country||spain|Spain|Spanish
place/country||france|France|French
place/country|t|uk|United Kingdom;UK;U.K.;Britain;Great Britain|British
place/country||germany|Germany|German
place/country||saudi|Saudi Arabia|Saudi
place/country||qatar|Qatar|Qatari
place/country||egypt|Egypt|Egyptian
place/country||afghanistan|Afghanistan|Afghan
place/country||china|China|Chinese
place/country||japan|Japan|Japanese
place/country||india|India|Indian
place/country||pakistan|Pakistan|Pakistani
place/country||australia|Australia|Australian;Australians
place/country||canada|Canada|Canadian;Canadians
place/country||mexico|Mexico|Mexican
place/country||brazil|Brazil|Brazilian
place/country||argentina|Argentina|Argentine;Argentinian
place/country||italy|Italy|Italian;Italians
place/country||ireland|Ireland;Republic of Ireland|Irish
place/country||scotland|Scotland|Scottish
place/country||wales|Wales|Welsh
place/country||england|England|English
place/country||netherlands|Netherlands;Holland|Dutch
place/country||belgium|Belgium|Belgian
place/country||sweden|Sweden|Swedish
place/country||norway|Norway|Norwegian
place/country||denmark|Denmark|Danish
place/country||switzerland|Switzerland|Swiss
place/country||austria|Austria|Austrian
place/country||portugal|Portugal|Portuguese
place/country||greece|Greece|Greek
place/country||south-africa|South Africa|South African
place/country||nigeria|Nigeria|Nigerian
place/country||kenya|Kenya|Kenyan
place/country||new-zealand|New Zealand|
place/country||south-korea|South Korea|South Korean
place/country||north-korea|North Korea|North Korean
place/country||indonesia|Indonesia|Indonesian
place/country||thailand|Thailand|Thai
place/country||vietnam|Vietnam|Vietnamese
place/country||singapore|Singapore|
place/country||malaysia|Malaysia|Malaysian
place/country||philippines|Philippines|Filipino
place/country||czech|Czech Republic|Czech
place/country||hungary|Hungary|Hungarian
place/country||romania|Romania|Romanian
place/country||bulgaria|Bulgaria|Bulgarian
place/country||croatia|Croatia|Croatian
place/country||serbia|Serbia|Serbian
place/country||slovakia|Slovakia|Slovak
place/country||slovenia|Slovenia|Slovenian
place/country||iceland|Iceland|Icelandic
place/country||estonia|Estonia|Estonian
place/country||latvia|Latvia|Latvian
place/country||lithuania|Lithuania|Lithuanian
place/country||belarus|Belarus|Belarusian
place/country||cyprus|Cyprus|Cypriot
place/country||luxembourg|Luxembourg|
place/country||malta|Malta|Maltese
place/country||armenia|Armenia|Armenian
place/country||azerbaijan|Azerbaijan|Azerbaijani
place/country||moldova|Moldova|Moldovan
place/country||albania|Albania|Albanian
place/country||kazakhstan|Kazakhstan|Kazakh
place/country||uzbekistan|Uzbekistan|Uzbek
place/country||kyrgyzstan|Kyrgyzstan;Kyrgyz Republic|Kyrgyz
place/country||tajikistan|Tajikistan|Tajik
place/country||turkmenistan|Turkmenistan|Turkmen
place/country||mongolia|Mongolia|Mongolian
place/country||bangladesh|Bangladesh|Bangladeshi
place/country||sri-lanka|Sri Lanka|Sri Lankan
place/country||nepal|Nepal|Nepalese
place/country||burma|Burma;Myanmar|Burmese
place/country||cambodia|Cambodia|Cambodian
place/country||laos|Laos|Laotian
place/country||taiwan|Taiwan|Taiwanese
place/country||morocco|Morocco|Moroccan
place/country||algeria|Algeria|Algerian
place/country||tunisia|Tunisia|Tunisian
place/country||libya|Libya|Libyan
place/country||sudan|Sudan|Sudanese
place/country||ethiopia|Ethiopia|Ethiopian;Ethiopians
place/country||somalia|Somalia|Somali
place/country||uganda|Uganda|Ugandan
place/country||tanzania|Tanzania|Tanzanian
place/country||ghana|Ghana|Ghanaian
place/country||zimbabwe|Zimbabwe|Zimbabwean
place/country||zambia|Zambia|Zambian
place/country||angola|Angola|Angolan
place/country||senegal|Senegal|Senegalese
place/country||cameroon|Cameroon|Cameroonian
place/country||rwanda|Rwanda|Rwandan
place/country||mozambique|Mozambique|Mozambican
place/country||botswana|Botswana|
place/country||namibia|Namibia|Namibian
place/country||ivory-coast|Ivory Coast|Ivorian
place/country||chile|Chile|Chilean
place/country||peru|Peru|Peruvian
place/country||colombia|Colombia|Colombian
place/country||venezuela|Venezuela|Venezuelan
place/country||cuba|Cuba|Cuban
place/country||bolivia|Bolivia|Bolivian
place/country||ecuador|Ecuador|Ecuadorian
place/country||uruguay|Uruguay|Uruguayan
place/country||paraguay|Paraguay|Paraguayan
place/country||jamaica|Jamaica|Jamaican
place/country||yemen|Yemen|Yemeni
place/country||oman|Oman|Omani
place/country||kuwait|Kuwait|Kuwaiti
place/country||bahrain|Bahrain|Bahraini
place/country|t|uae|United Arab Emirates;UAE|Emirati
place/country||fiji|Fiji|Fijian
place/capital||russia|Moscow|
place/capital||us|Washington|
place/capital||syria|Damascus|
place/capital||turkey|Ankara|
place/capital||iran|Tehran|
place/capital||iraq|Baghdad|
place/capital||israel|Jerusalem|
place/capital||ukraine|Kyiv;Kiev|
place/capital||finland|Helsinki|
place/capital||uk|London|
place/capital||france|Paris|
place/capital||germany|Berlin|
place/capital||spain|Madrid|
place/capital||italy|Rome|
place/capital||china|Beijing|
place/capital||japan|Tokyo|
place/capital||india|New Delhi;Delhi|
place/capital||ireland|Dublin|
place/capital||scotland|Edinburgh|
place/capital||wales|Cardiff|
place/capital||netherlands|Amsterdam|
place/capital||belgium|Brussels|
place/capital||sweden|Stockholm|
place/capital||norway|Oslo|
place/capital||denmark|Copenhagen|
place/capital||austria|Vienna|
place/capital||portugal|Lisbon|
place/capital||greece|Athens|
place/capital||egypt|Cairo|
place/capital||canada|Ottawa|
place/capital||australia|Canberra|
place/capital||south-korea|Seoul|
place/capital||poland|Warsaw|
place/capital||kenya|Nairobi|
place/capital||czech|Prague|
place/capital||hungary|Budapest|
place/capital||romania|Bucharest|
place/capital||bulgaria|Sofia|
place/capital||croatia|Zagreb|
place/capital||serbia|Belgrade|
place/capital||argentina|Buenos Aires|
place/capital||brazil|Brasilia|
place/capital||mexico|Mexico City|
place/capital||peru|Lima|
place/capital||chile|Santiago|
place/capital||colombia|Bogota|
place/capital||venezuela|Caracas|
place/capital||cuba|Havana|
place/capital||pakistan|Islamabad|
place/capital||bangladesh|Dhaka|
place/capital||indonesia|Jakarta|
place/capital||thailand|Bangkok|
place/capital||philippines|Manila|
place/capital||vietnam|Hanoi|
place/capital||malaysia|Kuala Lumpur|
place/capital||south-africa|Pretoria|
place/capital||nigeria|Abuja|
place/capital||ethiopia|Addis Ababa|
place/capital||morocco|Rabat|
place/capital||saudi|Riyadh|
place/capital||lebanon|Beirut|
place/capital||jordan|Amman|
place/capital||switzerland|Bern|
place/capital||afghanistan|Kabul|
place/capital||new-zealand|Wellington|
place/continent|t|mideast|Middle East|
place/continent||europe|Europe|European;Europeans
place/continent||asia|Asia|Asian
place/continent||africa|Africa|African
place/continent||north-america|North America|North American
place/continent||south-america|South America|South American
place/continent|t|arctic|Arctic|
`;

/**
 * World region of each state (by its side in the table): a country or capital from general
 * knowledge is a plausible wrong option only beside the key's neighbours (Iran with Turkey,
 * not with New Zealand; Dublin with London, not with Seoul).
 */
export const REGION_OF_SIDE: Readonly<Record<string, string>> = (() => {
  const regions: Record<string, string> = {};
  const groups: [string, string][] = [
    ['mideast', 'syria iran iraq turkey israel lebanon jordan saudi qatar egypt yemen oman kuwait bahrain uae'],
    ['asia', 'afghanistan china japan india pakistan south-korea north-korea indonesia thailand vietnam singapore malaysia philippines kazakhstan uzbekistan kyrgyzstan tajikistan turkmenistan mongolia bangladesh sri-lanka nepal burma cambodia laos taiwan'],
    ['americas', 'us canada mexico brazil argentina chile peru colombia venezuela cuba bolivia ecuador uruguay paraguay jamaica'],
    ['africa', 'south-africa nigeria kenya morocco algeria tunisia libya sudan ethiopia somalia uganda tanzania ghana zimbabwe zambia angola senegal cameroon rwanda mozambique botswana namibia ivory-coast'],
    ['oceania', 'australia new-zealand fiji'],
  ];
  for (const [region, sides] of groups) for (const side of sides.split(' ')) regions[side] = region;
  return regions;
})();
