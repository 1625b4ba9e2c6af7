"""Another thing of the same kind (R4): the record names one grain, fibre, instrument, grape,
crop, breed, sport, game platform, programming language... and the message credits the reader
with a different one of the same kind ("your barley program" to a rye breeder, "your cello
playing" to a violist, "your Xbox port" to a studio porting to the Switch).

The kinds are small, data-only tables of well-known members, each member with its names in
the nine languages the policy reads ("*" for names every language writes alike). A member is
a clash only when the message names it, the record does not, and the record names another
member of the same kind that the message does not name (a message naming both compares
them, it does not misname one). Words of the sender's own clause ("we bake with spelt") are
the sender's, not the reader's.

Forms are folded (see normalize.fold). A form starting with "=" is matched on the word as
written, for names that are ordinary words in lower case ("Go", "Swift", "Rust"). Latin forms
match whole words (a plural "s" aside; German compounds also by a first part of five letters
or more: "Cellospiel"); CJK and Hangul forms match anywhere in the text, so they are at least two
letters (one for a few unambiguous Han names), and none that is part of a common word
("小号" is also "small size", "수수" starts "수수료", "아마" is "maybe")."""

from __future__ import annotations

from .normalize import fold

# Language codes of the tables and the policy's language names.
_CODES = {"en": "english", "es": "spanish", "de": "german", "fr": "french", "it": "italian",
          "pt": "portuguese", "zh": "chinese", "ja": "japanese", "ko": "korean", "*": "*"}

# kind: members; member: "code: form, form; code: form" (a form may be several words).
_KINDS: dict[str, tuple[str, ...]] = {
    "grain": (
        "en: wheat; es: trigo; de: weizen; fr: ble, froment; it: frumento; pt: trigo; "
        "zh: 小麦; ja: 小麦; ko: 통밀",
        "en: rye; es: centeno; de: roggen; fr: seigle; it: segale; pt: centeio; "
        "zh: 黑麦; ja: ライ麦; ko: 호밀",
        "en: barley; es: cebada; de: gerste; fr: orge; it: orzo; pt: cevada; zh: 大麦; "
        "ja: 大麦; ko: 보리",
        "en: oat, oats; es: avena; de: hafer; fr: avoine; it: avena; pt: aveia; zh: 燕麦; "
        "ja: オーツ麦, 燕麦; ko: 귀리",
        "en: millet; es: mijo; de: hirse; fr: millet; it: miglio perlato; pt: milheto, painco; "
        "zh: 谷子, 黍米; ja: キビ; ko: 수수쌀",
        "en: buckwheat; es: alforfon, trigo sarraceno; de: buchweizen; fr: sarrasin, ble noir; "
        "it: grano saraceno; pt: trigo sarraceno, trigo-sarraceno; zh: 荞麦; ja: 蕎麦の実, ソバ粉, "
        "そば粉; ko: 메밀",
        "en: spelt; es: espelta; de: dinkel; fr: epeautre, grand epeautre; it: farro spelta; "
        "pt: espelta; zh: 斯佩尔特; ja: スペルト; ko: 스펠트",
        "*: einkorn; es: escanda menor; fr: engrain, petit epeautre; it: farro monococco; "
        "ja: アインコーン; ko: 아인콘",
        "*: emmer; fr: amidonnier; it: farro dicocco",
        "en: sorghum; es: sorgo; de: sorghum; fr: sorgho; it: sorgo; pt: sorgo; zh: 高粱; "
        "ja: ソルガム, モロコシ",
        "*: quinoa, quinua; zh: 藜麦; ja: キヌア; ko: 퀴노아",
        "en: amaranth; es: amaranto; de: amarant; fr: amarante; it: amaranto; pt: amaranto; "
        "zh: 苋米; ja: アマランサス; ko: 아마란스",
        "*: teff; zh: 苔麸; ja: テフ",
        "en: corn, maize; es: maiz; de: mais; fr: mais doux; it: granturco; pt: milho; "
        "zh: 玉米; ja: トウモロコシ; ko: 옥수수",
        # (not "soy": Spanish "I am")
        "en: soybean, soybeans, soya; es: soja; de: soja, sojabohnen; fr: soja; it: soia; "
        "pt: soja; zh: 大豆; ja: 大豆; ko: 대두",
    ),
    "baked goods": (
        "en: bread, breads, sourdough, loaves; es: pan, panes; de: brot, brote; "
        "fr: pain, pains; it: pane; pt: pao, paes; "
        "zh: 面包; ja: 食パン; ko: 식빵",
        "en: pastry, pastries, patisserie; es: pasteleria, reposteria, bolleria; "
        "de: feingeback, konditorei; fr: patisserie, patisseries, viennoiserie; "
        "it: pasticceria; pt: pastelaria, confeitaria; zh: 糕点, 西点; ja: 洋菓子, ペストリー; "
        "ko: 페이스트리, 제과",
        "en: cake, cakes; es: tarta, tartas; de: torte, torten, kuchen; fr: gateau, gateaux; "
        "it: torta, torte; pt: bolo, bolos; zh: 蛋糕; ja: ケーキ; ko: 케이크",
    ),
    "fibre": (
        "en: linen, flax; es: lino; de: leinen, flachs; fr: lin; it: lino; pt: linho; "
        "zh: 亚麻; ja: リネン, 亜麻; ko: 린넨, 리넨",
        "en: hemp; es: canamo; de: hanf; fr: chanvre; it: canapa; pt: canhamo; zh: 大麻, 汉麻; "
        "ja: ヘンプ, 大麻; ko: 대마, 헴프",
        "en: cotton; es: algodon; de: baumwolle; fr: coton; it: cotone; pt: algodao; "
        "zh: 棉布, 棉花, 纯棉; ja: 木綿, コットン; ko: 면화, 코튼, 면직",
        "en: wool; es: lana; de: wolle; fr: laine; it: lana; zh: 羊毛; ja: 羊毛, ウール; "
        "ko: 양모",
        "en: silk; es: seda; de: seide; fr: soie; it: seta; pt: seda; zh: 丝绸, 蚕丝; "
        "ja: シルク, 絹; ko: 실크",
        "en: jute; es: yute; de: jute; fr: jute; it: juta; pt: juta; zh: 黄麻; ja: ジュート; "
        "ko: 황마",
        "*: cashmere, kaschmir, cachemire, cachemira; zh: 羊绒; ja: カシミヤ; ko: 캐시미어",
        "*: alpaca, alpaka; zh: 羊驼毛; ja: アルパカ; ko: 알파카",
        "*: mohair; ja: モヘア; ko: 모헤어",
    ),
    "programming language": (
        "*: =Rust", "*: =Go, golang", "*: python", "*: =Java", "*: javascript",
        "*: typescript", "*: kotlin", "*: =Swift", "*: haskell", "*: elixir",
        "*: erlang", "*: =Ruby", "*: php", "*: perl", "*: clojure", "*: ocaml", "*: =Zig",
        "*: fortran", "*: cobol", 
    ),
    "grape": (
        "*: albarino, alvarinho", "*: verdejo", "*: godello", "*: tempranillo, tinta roriz",
        "*: garnacha, grenache, cannonau", "*: monastrell, mourvedre", "*: mencia",
        "*: riesling", "*: chardonnay", "*: sauvignon blanc", "*: cabernet sauvignon",
        "*: cabernet franc", "*: pinot noir, pinot nero, spatburgunder",
        "*: pinot grigio, pinot gris, grauburgunder", "*: merlot", "*: syrah, shiraz",
        "*: sangiovese", "*: nebbiolo", "*: barbera", "*: zinfandel", "*: malbec",
        "*: gewurztraminer", "*: gruner veltliner", "*: touriga nacional", "*: chenin blanc",
        "*: viognier", "*: carmenere", "*: tannat", "*: silvaner", "*: trebbiano",
        "*: vermentino", "*: aglianico", "*: nero d'avola", "*: xarel lo, xarello",
        "*: macabeo, viura", "*: bobal", "*: treixadura", "*: palomino", "*: moscatel, muscat, moscato",
    ),
    "instrument": (
        "en: violin; es: violin; de: geige, violine; fr: violon; it: violino; pt: violino; "
        "zh: 小提琴; ja: バイオリン, ヴァイオリン; ko: 바이올린",
        "en: viola; es: viola; de: bratsche; fr: alto; it: viola; zh: 中提琴; "
        "ja: ヴィオラ, ビオラ; ko: 비올라",
        "en: cello, violoncello; es: violonchelo, chelo; de: cello, violoncello; "
        "fr: violoncelle; it: violoncello; pt: violoncelo; zh: 大提琴; ja: チェロ; ko: 첼로",
        "en: double bass, contrabass; es: contrabajo; de: kontrabass; fr: contrebasse; "
        "it: contrabbasso; pt: contrabaixo; zh: 低音提琴; ja: コントラバス; ko: 콘트라베이스",
        "en: piano; es: piano; de: klavier; fr: piano; it: pianoforte; pt: piano; "
        "zh: 钢琴; ja: ピアノ; ko: 피아노",
        "en: flute; es: flauta; de: flote, querflote; fr: flute; it: flauto; pt: flauta; "
        "zh: 长笛; ja: フルート; ko: 플루트",
        "en: oboe; es: oboe; de: oboe; fr: hautbois; it: oboe; pt: oboe; zh: 双簧管; "
        "ja: オーボエ; ko: 오보에",
        "en: clarinet; es: clarinete; de: klarinette; fr: clarinette; it: clarinetto; "
        "pt: clarinete; zh: 单簧管; ja: クラリネット; ko: 클라리넷",
        "en: bassoon; es: fagot; de: fagott; fr: basson; it: fagotto; pt: fagote; zh: 巴松管; "
        "ja: ファゴット; ko: 바순",
        "en: trumpet; es: trompeta; de: trompete; fr: trompette; it: tromba; pt: trompete; "
        "zh: 小号手; ja: トランペット; ko: 트럼펫",
        "en: trombone; es: trombon; de: posaune; fr: trombone; it: trombone; pt: trombone; "
        "zh: 长号; ja: トロンボーン; ko: 트롬본",
        "en: french horn; es: trompa; de: waldhorn; fr: cor d'harmonie; it: corno; pt: trompa; "
        "zh: 圆号; ja: ホルン; ko: 호른",
        "en: tuba; es: tuba; de: tuba; fr: tuba; it: tuba; pt: tuba; ja: チューバ; "
        "ko: 튜바",
        "en: saxophone, sax; es: saxofon, saxo; de: saxophon, saxofon; fr: saxophone, saxo; "
        "it: sassofono, sax; pt: saxofone; zh: 萨克斯; ja: サックス, サクソフォン; ko: 색소폰",
        "en: guitar; es: guitarra; de: gitarre; fr: guitare; it: chitarra; pt: guitarra, violao; "
        "zh: 吉他; ja: ギター",
        "en: harp; es: arpa; de: harfe; fr: harpe; it: arpa; pt: harpa; zh: 竖琴; ja: ハープ",
        "en: accordion; es: acordeon; de: akkordeon; fr: accordeon; it: fisarmonica; "
        "pt: acordeao, sanfona; zh: 手风琴; ja: アコーディオン; ko: 아코디언",
    ),
    "cattle breed": (
        "*: angus", "*: galloway", "*: hereford", "*: holstein, holstein-friesian",
        "*: charolais", "*: simmental, simmentaler, fleckvieh", "*: wagyu; zh: 和牛; ja: 和牛",
        "*: brahman", "*: aubrac", "*: shorthorn", "*: longhorn",
        "*: pinzgauer", "*: murnau-werdenfelser",
        # (Jersey is also an island, a state and a shirt: its breed's names only)
        "en: jersey cows, jersey herd; ja: ジャージー種, ジャージー牛; ko: 저지종",
        "*: brown swiss, braunvieh; fr: brune des alpes; it: bruna alpina",
        "*: ayrshire", "*: montbeliarde", "*: nelore, nellore",
        "ja: ホルスタイン; zh: 荷斯坦; ko: 홀스타인",
    ),
    # The animal whose milk a dairy or a cheese is made of.
    "milk animal": (
        "en: cow's milk, cows' milk, cow milk, dairy cows; es: vaca, vacas, vacuno; "
        "de: kuhmilch, milchkuhe, kuhe; fr: vache, vaches; it: vacca, vacche; "
        "pt: vaca, vacas; zh: 牛奶, 奶牛; ja: 牛乳, 乳牛; ko: 우유, 젖소",
        "en: sheep, ewe, ewes, sheep's milk; es: oveja, ovejas, ovino; de: schaf, schafe, "
        "schafmilch; fr: brebis; it: pecora, pecore, ovino; pt: ovelha, ovelhas, ovino; "
        "zh: 绵羊, 羊奶; ja: 羊乳; ko: 양젖",
        "en: goat, goats, goat's milk; es: cabra, cabras, caprino; de: ziege, ziegen, "
        "ziegenmilch; fr: chevre, chevres; it: capra, capre, caprino; pt: cabra, cabras, "
        "caprino; zh: 山羊; ja: 山羊, ヤギ; ko: 염소",
        "en: buffalo, buffalo milk; es: bufala, bufalas; de: buffel, buffelmilch; "
        "fr: bufflonne; it: bufala, bufale; pt: bufala, bufalas; zh: 水牛; ja: 水牛; ko: 물소",
    ),
    # Timber a sawmill, a forest or a wood product is of.
    "timber": (
        "en: pine, pines, pinewood; es: pino, pinos; de: kiefern, kiefernholz; "
        "fr: pins, pinede; it: pino, pini, pineta; pt: pinus, pinho, pinheiro; zh: 松木; "
        "ja: 松材; ko: 소나무",
        "en: eucalyptus; es: eucalipto, eucaliptos; de: eukalyptus; fr: eucalyptus; "
        "it: eucalipto; pt: eucalipto, eucaliptos; zh: 桉树; ja: ユーカリ; ko: 유칼립투스",
        "en: oak, oaks; es: roble, robles; de: eiche, eichenholz; fr: chene, chenes; "
        "it: quercia, querce, rovere; pt: carvalho; zh: 橡木; ja: オーク材; ko: 참나무",
        "en: spruce; es: picea; de: fichte, fichten, fichtenholz; fr: epicea; "
        "it: abete rosso; pt: espruce; zh: 云杉; ja: スプルース; ko: 가문비나무",
        "en: beech; de: buchenholz; fr: hetre; it: faggio; "
        "pt: faia; zh: 山毛榉; ja: ブナ材; ko: 너도밤나무",
        "en: larch; es: alerce; de: larche, larchen, larchenholz; fr: meleze; it: larice; "
        "pt: larico; zh: 落叶松; ja: カラマツ; ko: 낙엽송",
        "en: birch; es: abedul; de: birke, birken; fr: bouleau; it: betulla; pt: betula; "
        "zh: 白桦; ja: 白樺; ko: 자작나무",
        "*: teak; es: teca; fr: teck; it: tek; pt: teca; zh: 柚木; ja: チーク材; ko: 티크",
        "en: poplar; es: alamo, chopo; de: pappel, pappeln; fr: peuplier; it: pioppo; "
        "pt: choupo, alamo; zh: 杨木; ja: ポプラ; ko: 포플러",
    ),
    # What a harbour terminal or a ship serves.
    "vessel": (
        "en: ferry, ferries; es: ferri, ferry, transbordador; de: fahrschiff, fahrschiffe; "
        "fr: ferry, traversier; it: traghetto, traghetti; pt: balsa, ferry; zh: 渡轮, 轮渡; "
        "ja: フェリー; ko: 페리, 여객선",
        "en: cruise, cruises, cruise ship; es: crucero, cruceros; de: kreuzfahrt, "
        "kreuzfahrtschiff; fr: croisiere, croisieres; it: crociera, crociere; "
        "pt: cruzeiro, cruzeiros; zh: 邮轮; ja: クルーズ; ko: 크루즈",
        "en: container ship, container ships, containership; es: portacontenedores; "
        "de: containerschiff, containerschiffe; fr: porte-conteneurs; it: portacontainer; "
        "pt: porta-conteineres; zh: 集装箱船; ja: コンテナ船; ko: 컨테이너선",
        "en: tanker, tankers; es: petrolero, petroleros; de: tanker; fr: petrolier; "
        "it: petroliera; pt: petroleiro; zh: 油轮; ja: タンカー; ko: 유조선",
    ),
    "sport": (
        "en: basketball; es: baloncesto, basquet, basquetbol; de: basketball; fr: basket, "
        "basketball, basket-ball; it: pallacanestro, basket; pt: basquete, basquetebol; "
        "zh: 篮球; ja: バスケ; ko: 농구",
        "en: handball; es: balonmano; de: handball; fr: handball; it: pallamano; "
        "pt: andebol, handebol; zh: 手球; ja: ハンドボール; ko: 핸드볼",
        "en: volleyball; es: voleibol, voley; de: volleyball; fr: volley, volleyball, volley-ball; "
        "it: pallavolo; pt: volei, voleibol; zh: 排球; ja: バレーボール; ko: 배구",
        "en: soccer; es: futbol; de: fussball; fr: football, foot; it: calcio; pt: futebol; "
        "zh: 足球; ja: サッカー; ko: 축구",
        "*: rugby; zh: 橄榄球; ja: ラグビー; ko: 럭비",
        "en: tennis; es: tenis; de: tennis; fr: tennis; it: tennis; pt: tenis; zh: 网球; "
        "ja: テニス; ko: 테니스",
        "en: table tennis, ping pong; es: tenis de mesa; de: tischtennis; fr: tennis de table; "
        "it: tennistavolo, ping pong; pt: tenis de mesa; zh: 乒乓; ja: 卓球; ko: 탁구",
        "en: baseball; es: beisbol; de: baseball; fr: baseball; it: baseball; pt: beisebol; "
        "zh: 棒球; ja: 野球; ko: 야구",
        "en: water polo; es: waterpolo; de: wasserball; fr: water-polo, water polo; "
        "it: pallanuoto; pt: polo aquatico; zh: 水球; ja: 水球",
        "en: badminton; es: badminton; de: badminton; fr: badminton; it: badminton; "
        "pt: badminton; zh: 羽毛球; ja: バドミントン; ko: 배드민턴",
        "en: ice hockey, field hockey, hockey; es: hockey; de: eishockey, hockey; fr: hockey; "
        "it: hockey; pt: hoquei; zh: 冰球, 曲棍球; ja: ホッケー; ko: 하키",
        "en: cricket",
    ),
    "mountain sport": (
        "en: ski touring, skimo; es: esqui de travesia, esqui de montana; de: skitouren, "
        "skitour, skibergsteigen; fr: ski de randonnee, ski de rando, ski alpinisme; "
        "it: sci alpinismo, scialpinismo; pt: esqui de travessia; zh: 滑雪登山; "
        "ja: 山スキー, バックカントリー; ko: 백컨트리",
        "en: snowshoeing, snowshoe, snowshoes; es: raquetas de nieve; de: schneeschuhwandern, "
        "schneeschuh, schneeschuhe; fr: raquettes, raquette a neige, raquettes a neige; "
        "it: ciaspole, ciaspolata, ciaspolate; pt: raquetes de neve; zh: 雪鞋; "
        "ja: スノーシュー; ko: 스노슈",
        "en: cross-country skiing, nordic skiing; es: esqui de fondo; de: langlauf; "
        "fr: ski de fond; it: sci di fondo; pt: esqui cross-country; zh: 越野滑雪; "
        "ja: クロスカントリースキー; ko: 크로스컨트리 스키",
        "*: snowboard, snowboarding; zh: 单板滑雪; ja: スノーボード; ko: 스노보드",
        "en: rock climbing, bouldering; es: escalada; de: klettern, bouldern; fr: escalade; "
        "it: arrampicata; pt: escalada; zh: 攀岩; ja: クライミング, ボルダリング; ko: 클라이밍",
        "en: paragliding; es: parapente; de: gleitschirm, paragliding; fr: parapente; "
        "it: parapendio; pt: parapente; zh: 滑翔伞; ja: パラグライダー; ko: 패러글라이딩",
    ),
    "body region": (
        "en: shoulder; es: hombro; de: schulter; fr: epaule; it: spalla; pt: ombro; zh: 肩部, 肩膀, 肩关节; "
        "ja: 肩関節; ko: 어깨",
        "en: knee; es: rodilla; de: knie; fr: genou; it: ginocchio; pt: joelho; zh: 膝关节, 膝盖; "
        "ja: 膝関節; ko: 무릎",
        "en: hip joint, hip replacement, hips; es: cadera; de: hufte; fr: hanche; it: anca; pt: quadril; zh: 髋关节; "
        "ja: 股関節; ko: 고관절",
        "en: pelvic floor, pelvic health; es: suelo pelvico; de: beckenboden; "
        "fr: perinee, plancher pelvien; it: pavimento pelvico; pt: assoalho pelvico, "
        "pavimento pelvico; zh: 盆底; ja: 骨盤底; ko: 골반저, 골반",
        "en: spine, lower back; es: espalda, lumbar; de: wirbelsaule, rucken; "
        "fr: colonne vertebrale, lombaire; it: colonna vertebrale, schiena; "
        "pt: lombar; zh: 脊柱, 腰椎; ja: 脊椎, 腰痛; ko: 척추, 허리",
        "en: ankle; es: tobillo; de: sprunggelenk; fr: cheville; it: caviglia; pt: tornozelo; "
        "zh: 踝关节, 脚踝; ja: 足首; ko: 발목",
        "en: elbow; es: codo; de: ellbogen, ellenbogen; fr: coude; it: gomito; pt: cotovelo; "
        "zh: 肘关节; ja: 肘関節; ko: 팔꿈치",
    ),
    "material": (
        "en: cardboard, paper packaging, paper-based, paper bags, paper straws; es: carton, "
        "envases de papel, papel kraft; de: karton, pappe, papierverpackung; fr: carton, "
        "emballages papier, emballage papier; it: cartone; pt: papelao; zh: 纸质, 纸张, 纸盒, 纸板, 纸袋; "
        "ja: 紙製, 紙袋, 紙素材, 段ボール; ko: 종이",
        "en: glass; es: vidrio; de: glas; fr: verre; it: vetro; pt: vidro; zh: 玻璃; "
        "ja: ガラス; ko: 유리병, 유리 용기, 유리 소재",
        "en: aluminium, aluminum; es: aluminio; de: aluminium; fr: aluminium; it: alluminio; "
        "pt: aluminio; zh: 铝罐, 铝制; ja: アルミ; ko: 알루미늄",
        "en: plastic, plastics; es: plastico; de: kunststoff, plastik; fr: plastique; "
        "it: plastica; pt: plastico; zh: 塑料; ja: プラスチック; ko: 플라스틱",
    ),
    "sake rice": (
        "*: yamada nishiki, yamadanishiki; ja: 山田錦; zh: 山田锦",
        "*: omachi; ja: 雄町",
        "*: gohyakumangoku; ja: 五百万石",
        "*: miyama nishiki, miyamanishiki; ja: 美山錦",
        "*: aiyama; ja: 愛山",
        "*: hattan nishiki; ja: 八反錦",
        "*: dewa sansan; ja: 出羽燦々",
    ),
    "tea": (
        "en: green tea; de: gruner tee, grüntee; zh: 绿茶; ja: 緑茶; ko: 녹차",
        "en: white tea; de: weisser tee; zh: 白茶; ja: 白茶; ko: 백차",
        "en: black tea; de: schwarztee, schwarzer tee; zh: 红茶; ja: 紅茶; ko: 홍차",
        "*: oolong; zh: 乌龙, 烏龍; ja: 烏龍, ウーロン; ko: 우롱",
        "*: pu-erh, puerh, pu'er; zh: 普洱; ja: プーアル; ko: 보이차",
    ),
    "animal patient": (
        "en: feline, cat, cats; es: felino, gatos, gato; de: katze, katzen; fr: chat, chats, "
        "felin; it: gatto, gatti, felino; pt: gato, gatos, felino; zh: 猫咪, 猫科; ja: 猫; "
        "ko: 고양이",
        "en: canine, dog, dogs; es: perro, perros, canino; de: hund, hunde; fr: chien, chiens, "
        "canin; it: cane, cani; pt: cao, caes, cachorro; zh: 狗狗, 犬科; ja: 犬; ko: 강아지, 반려견",
        "en: equine, horse, horses; es: caballo, caballos, equino; de: pferd, pferde; "
        "fr: cheval, chevaux, equin; it: cavallo, cavalli; pt: cavalo, cavalos, equino; "
        "zh: 马匹",
    ),
    # Where a game runs (not "Switch" or "Steam" alone: everyday words).
    "game platform": (
        "*: playstation, ps5, ps4; ja: プレイステーション, プレステ; ko: 플레이스테이션, 플스",
        "*: xbox; ja: エックスボックス; ko: 엑스박스",
        "*: nintendo switch, nintendo; ja: ニンテンドースイッチ, 任天堂; ko: 닌텐도; zh: 任天堂",
        "*: steam deck",
    ),
    "mobile platform": (
        "*: ios, iphone, ipad; ja: アイフォン; ko: 아이폰",
        "*: android; ja: アンドロイド; ko: 안드로이드; zh: 安卓",
    ),
    # What a farm grows. Left out: coffee ("grab a coffee"), apples ("Apple"), rice ("riso"
    # is laughter), singular names that are people's names too ("Olive", "Olivier",
    # "Oliveira"), French "avocat" (a lawyer), "Kakao" (a company).
    "crop": (
        "en: vineyard, vineyards, vines, grapevines; es: vinedo, vinedos, vina, vinas, vides; "
        "de: weinberg, weinberge, reben, weinreben; fr: vignes, vignoble, vignobles; "
        "it: vigneto, vigneti, vigna, vigne; pt: vinha, vinhas, vinhedo, vinhedos; "
        "zh: 葡萄园; ja: ブドウ畑, ぶどう畑; ko: 포도밭",
        "en: avocado, avocados; es: aguacate, aguacates, palta, paltas; de: avocado, avocados; "
        "fr: avocatier, avocatiers; it: avocado; pt: abacate, abacates; zh: 牛油果; "
        "ja: アボカド; ko: 아보카도",
        "en: olives, olive grove, olive groves; es: olivos, olivar, olivares, aceitunas; "
        "de: oliven, olivenhain; fr: oliviers, oliveraie, olives; it: ulivi, uliveto, oliveto, "
        "olive; pt: oliveiras, olival, azeitonas; zh: 橄榄; ja: オリーブ; ko: 올리브",
        "en: cocoa, cacao; es: cacao; fr: cacao; it: cacao; pt: cacau; zh: 可可; ja: カカオ",
        "en: citrus; es: citricos; de: zitrus, zitrusfruchte; fr: agrumes; it: agrumi; "
        "pt: citrinos, citros; zh: 柑橘; ja: 柑橘; ko: 감귤",
        "en: banana, bananas; es: banano, bananos, platano, platanos, bananas; de: bananen; "
        "fr: bananes, bananiers; it: banane; pt: banana, bananas; zh: 香蕉; ja: バナナ; "
        "ko: 바나나",
        "en: strawberry, strawberries; es: fresa, fresas, frutilla, frutillas; "
        "de: erdbeere, erdbeeren; fr: fraise, fraises; it: fragola, fragole; "
        "pt: morango, morangos; zh: 草莓; ja: いちご, イチゴ; ko: 딸기",
        "en: blueberry, blueberries; es: arandano, arandanos; de: heidelbeere, heidelbeeren, "
        "blaubeeren; fr: myrtille, myrtilles; it: mirtillo, mirtilli; pt: mirtilo, mirtilos; "
        "zh: 蓝莓; ja: ブルーベリー; ko: 블루베리",
        "en: potato, potatoes; es: patata, patatas; de: kartoffel, kartoffeln; "
        "fr: pommes de terre; it: patata, patate; pt: batata, batatas; zh: 土豆, 马铃薯; "
        "ja: じゃがいも, ジャガイモ; ko: 감자",
        "en: tomato, tomatoes; es: tomate, tomates, jitomate; de: tomate, tomaten; "
        "fr: tomate, tomates; it: pomodoro, pomodori; pt: tomate, tomates; zh: 番茄, 西红柿; "
        "ja: トマト; ko: 토마토",
        "en: almond, almonds; es: almendra, almendras, almendros; de: mandeln; "
        "fr: amande, amandes, amandiers; it: mandorla, mandorle, mandorli; "
        "pt: amendoa, amendoas; zh: 巴旦木; ja: アーモンド; ko: 아몬드",
        "en: cucumber, cucumbers; es: pepino, pepinos; de: gurke, gurken; "
        "fr: concombre, concombres; it: cetriolo, cetrioli; pt: pepino, pepinos; zh: 黄瓜; "
        "ja: きゅうり, キュウリ; ko: 오이",
        # (not Spanish "cana", grey hair, nor Italian "canna", a reed)
        "en: sugarcane, sugar cane; es: cana de azucar; de: zuckerrohr; fr: canne a sucre; "
        "it: canna da zucchero; pt: cana, cana de acucar, canavial, canaviais; zh: 甘蔗; "
        "ja: サトウキビ; ko: 사탕수수",
        # (not English "orange": a colour, a company)
        "en: oranges, orange groves; es: naranjas, naranjos, naranjal; de: orangen; "
        "fr: oranges, orangers; it: arance, aranceti; pt: laranja, laranjas, laranjais; "
        "zh: 橙子; ja: オレンジ; ko: 오렌지",
    ),
    # What a lab studies in: another organism is another study ("小鼠" for a zebrafish paper).
    "model organism": (
        "en: mouse, mice, murine; es: raton, ratones; de: maus, mause; fr: souris; "
        "it: topi; pt: camundongo, camundongos; zh: 小鼠; ja: マウス",
        "en: zebrafish; es: pez cebra; de: zebrafisch, zebrabarbling; fr: poisson-zebre, "
        "poisson zebre; it: pesce zebra; pt: peixe-zebra, peixe zebra; zh: 斑马鱼; "
        "ja: ゼブラフィッシュ; ko: 제브라피쉬",
        "en: rat, rats; es: rata, ratas; de: ratte, ratten; fr: rats; it: ratto, ratti; "
        "zh: 大鼠; ja: ラット",
        "*: drosophila; en: fruit fly, fruit flies; zh: 果蝇; ja: ショウジョウバエ; ko: 초파리",
        "*: arabidopsis; zh: 拟南芥; ja: シロイヌナズナ; ko: 애기장대",
    ),
}

_CJK = "\u3040"  # kana, Han and Hangul fold at or above this letter
# A member denied is not named: "plastic-free", "sin plástico", "ohne Plastik", "zero waste".
_WITHOUT = frozenset(fold(w) for w in "no without sin ohne sans senza sem zero non kein keine"
                     .split())
_FREE = frozenset(fold(w) for w in "free frei libre".split())


class _Tables:
    __slots__ = ("words", "phrases", "letters", "cased", "prefixes")

    def __init__(self) -> None:
        self.words: dict[str, tuple[str, int]] = {}      # one folded word -> (kind, member)
        self.phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, int]]]] = {}
        self.letters: list[tuple[str, tuple[str, int]]] = []  # CJK forms, longest first
        self.cased: dict[str, tuple[str, int]] = {}      # "=Go": the word as written
        self.prefixes: list[tuple[str, tuple[str, int]]] = []  # compound heads (German)


_BUILT: dict[str, _Tables] = {}
# Forms that start ordinary words too ("hunde" in "hundert", "wolle" in "wollen").
_NO_PREFIX = frozenset("hunde wolle pferde".split())


def _split(form: str) -> list[str]:
    # An elided article is no word of its own ("nero d'avola": "nero", "avola").
    return [w for w in fold(form).replace("-", " ").replace("'", " ").split() if len(w) > 1]


def _build() -> None:
    tables: dict[str, _Tables] = {}
    for kind, members in _KINDS.items():
        for n, member in enumerate(members):
            ident = (kind, n)
            for part in member.split(";"):
                code, _, forms = part.partition(":")
                table = tables.setdefault(_CODES[code.strip()], _Tables())
                for form in forms.split(","):
                    form = form.strip()
                    if not form:
                        continue
                    if form.startswith("="):
                        table.cased[form[1:]] = ident
                    elif fold(form) >= _CJK:
                        table.letters.append((fold(form), ident))
                    else:
                        words = _split(form)
                        if len(words) == 1:
                            table.words[words[0]] = ident
                            # (not "hund" in "hundert", "glas" in "Glasfaser")
                            if len(words[0]) >= 5 and words[0] not in _NO_PREFIX:
                                table.prefixes.append((words[0], ident))
                        else:
                            table.phrases.setdefault(words[0], []).append(
                                (tuple(words), ident))
    for table in tables.values():
        table.letters.sort(key=lambda item: -len(item[0]))
        _FIRST_WORDS.update(table.words)
        _FIRST_WORDS.update(table.phrases)
        _FIRST_WORDS.update(fold(word) for word in table.cased)
        _LETTERS.extend(form for form, _ in table.letters)
        for heads in table.phrases.values():
            heads.sort(key=lambda item: -len(item[0]))
    _BUILT.update(tables)


# Every Latin word a member's name starts with, and every CJK form: a record none of whose
# words is one (nearly every record) names no member, and is not read again.
_FIRST_WORDS: set[str] = set()
_LETTERS: list[str] = []


def _may_name(record) -> bool:
    if not _BUILT:
        _build()
    written = record.written
    if not _FIRST_WORDS.isdisjoint(record.keys.keys()):
        return True
    if any(c >= _CJK for c in written) or any(
            interest.surface >= _CJK for interest in record.interests):
        texts = [written, *(interest.surface for interest in record.interests)]
        return any(form in text for form in _LETTERS for text in texts)
    if record.language == "german":
        # A compound starting with a member ("Hirsefeld"): its first letters.
        return any(key[:n] in _FIRST_WORDS for key in record.keys for n in range(4, 9)
                   if len(key) >= n + 3)
    return False


def _tables(languages) -> list[_Tables]:
    if not _BUILT:
        _build()
    out = [_BUILT["*"]]
    for language in languages:
        if language in _BUILT and _BUILT[language] not in out:
            out.append(_BUILT[language])
    return out


def _german_head(word: str, table: _Tables) -> tuple[str, int] | None:
    """The member a German compound starts with ("Cellospiel", "Hirseversuch")."""
    for head, ident in table.prefixes:
        if len(word) >= len(head) + 3 and word.startswith(head):
            return ident
    return None


def members(words: list, text: str, languages, german: bool = False
            ) -> dict[tuple[str, int], str]:
    """The members named by ``words`` (tokens of ``text``), each with its words as written."""
    found: dict[tuple[str, int], str] = {}
    tables = _tables(languages)
    first = _FIRST_WORDS
    n = len(words)
    i = 0
    cjk = False
    while i < n:
        t = words[i]
        folded = t.fold
        if folded >= _CJK:
            cjk = True
            i += 1
            continue
        if not german and folded not in first and folded[:-1] not in first \
                and folded[:-2] not in first:
            i += 1  # no member starts with this word (most words)
            continue
        hit = None
        for table in tables:
            if t.surface in table.cased:
                hit, size = table.cased[t.surface], 1
                break
            for phrase, ident in table.phrases.get(folded, ()):
                size = len(phrase)
                if i + size <= n and all(words[i + k].fold == phrase[k] or (
                        k == size - 1 and words[i + k].fold == phrase[k] + "s")
                        for k in range(1, size)) and _joined(words, i, size):
                    hit = ident
                    break
            if hit is not None:
                break
            ident = table.words.get(folded)
            if ident is None and len(folded) > 3 and folded[-1] == "s":
                ident = table.words.get(folded[:-1]) or (
                    table.words.get(folded[:-2]) if folded.endswith("es") else None)
            if ident is None and german and len(folded) >= 7:
                ident = _german_head(folded, table)
            if ident is not None:
                hit, size = ident, 1
                break
        if hit is not None:
            if not (i and words[i - 1].fold in _WITHOUT) and not (
                    i + size < n and words[i + size].fold in _FREE):
                found.setdefault(hit, text[t.start:words[i + size - 1].end])
            i += size
        else:
            i += 1
    if cjk:
        spans = _spans(words)
        for table in tables:
            for form, ident in table.letters:
                if ident in found:
                    continue
                # A form starts inside the words (a particle's pair may be left out).
                at = text.find(form)
                while at >= 0:
                    if any(start <= at < end for start, end in spans) \
                            and not _denied(text, at, at + len(form)):
                        found[ident] = form
                        break
                    at = text.find(form, at + 1)
    return found


# "山田錦ではなく雄町", "不是山田锦", "야마다니시키가 아니라": a member named to be denied.
_DENIED_AFTER = ("ではなく", "じゃなく", "ではない", "가 아니라", "이 아니라", "가 아닌", "이 아닌")
_DENIED_BEFORE = ("不是", "而非", "并非")


def _denied(text: str, start: int, end: int) -> bool:
    return text.startswith(_DENIED_AFTER, end) or text[max(0, start - 2):start] in _DENIED_BEFORE


def _joined(words: list, i: int, size: int) -> bool:
    """The words of a phrase follow each other (no clause break between them)."""
    return all(words[i + k].clause == words[i].clause for k in range(1, size))


def _spans(words: list) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for t in words:
        if spans and t.start <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(spans[-1][1], t.end))
        else:
            spans.append((t.start, t.end))
    return spans




# Languages whose members are not told by whole words: CJK (forms anywhere) and German
# (compounds).
_SCAN = frozenset({"chinese", "japanese", "korean", "german"})


def _senders(tokens: list, personal: list[int]) -> set[int]:
    """The clauses that speak of the sender alone ("we bake with spelt"): a first person and
    no second person or reader's possessive ("Ihr Cellospiel hat mich begeistert" is the
    reader's)."""
    from .lexicon import FIRST_PERSON, POSSESSIVES, SECOND_PERSON

    first: set[int] = set()
    second: set[int] = set()
    for i in personal:
        t = tokens[i]
        if t.fold in FIRST_PERSON:
            first.add(t.clause)
        elif t.fold in SECOND_PERSON or t.fold in POSSESSIVES:
            second.add(t.clause)
    return first - second


def kind_clash(text: str, tokens: list, personal: list[int], language: str, record,
               message_keys) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Another member of a kind the record names (see the module): ``(said, recorded)``."""
    recorded = record.kinds
    if recorded is None:
        recorded = record.kinds = _recorded(record, language) if _may_name(record) else {}
    if not recorded:
        return None
    if _FIRST_WORDS.isdisjoint(message_keys):
        # No word of the message starts a member's name: nor, in German, a compound's first
        # part, nor, in CJK, any letters.
        if language not in _SCAN:
            return None
        if language == "german":
            if not any(key[:n] in _FIRST_WORDS for key in message_keys for n in range(4, 9)
                       if len(key) >= n + 3):
                return None
        elif not any(form in text for form in _LETTERS):
            return None
    languages = (language, record.language)
    german = "german" in languages
    kinds = {kind for kind, _ in recorded}
    words = [tokens[i] for i in personal]
    said = [ident for ident in members(words, text, languages, german)
            if ident[0] in kinds and ident not in recorded]
    if not said:
        return None
    own = _senders(tokens, personal)
    if own:
        words = [t for t in words if t.clause not in own]
    said = {ident: words for ident, words in members(words, text, languages, german).items()
            if ident[0] in kinds and ident not in recorded}
    if not said:
        return None
    anywhere = members(tokens, text, languages, german)
    for ident, words in said.items():
        for other, written in recorded.items():
            if other[0] == ident[0] and other not in anywhere:
                return (words,), (written,)
    return None


def _recorded(record, language: str) -> dict[tuple[str, int], str]:
    from .text import tokenize

    found: dict[tuple[str, int], str] = {}
    languages = (record.language or language, language)
    german = "german" in languages
    texts = [record.written] + [interest.surface for interest in record.interests]
    for text in texts:
        if text:
            for ident, words in members(tokenize(text), text, languages, german).items():
                found.setdefault(ident, words)
    return found
