namespace Alliance.Demo.Plan;

/// <summary>The words demo names are made of: plausible, and obviously not of real organisations when put together.</summary>
internal static class DemoNames
{
    /// <summary>The eight seeded domains (DOMAIN.md) with the 107 briefing's alliance counts, a code prefix and the technologies their alliances build on.</summary>
    public static readonly (string Code, int Alliances, string Prefix, string[] Technologies)[] Domains =
    [
        ("biomedical", 9, "BM", ["精準醫療", "智慧醫材", "細胞治療", "生物製劑", "醫學影像", "中草藥開發", "再生醫學", "基因檢測", "醫療器材法規"]),
        ("ict", 13, "IC", ["人工智慧應用", "5G 通訊", "物聯網", "資訊安全", "邊緣運算", "雲端服務", "巨量資料", "無線感測", "數位內容", "區塊鏈應用", "語音辨識", "電腦視覺", "軟體測試"]),
        ("services-education", 10, "SE", ["數位學習", "創新服務設計", "智慧零售", "文化創意", "觀光服務", "長照服務", "體驗經濟", "教育科技", "社會創新", "運動科技"]),
        ("mechanical-materials", 11, "MM", ["精密機械", "智慧製造", "複合材料", "金屬加工", "工具機", "機器人", "高分子材料", "表面處理", "積層製造", "精密模具", "陶瓷材料"]),
        ("electronics", 8, "EL", ["功率半導體", "光電元件", "射頻電路", "顯示技術", "感測晶片", "電源管理", "先進封裝", "車用電子"]),
        ("civil-energy-environment", 15, "CE", ["綠色建築", "智慧電網", "儲能系統", "水資源管理", "空氣污染防制", "廢棄物資源化", "太陽光電", "風力發電", "防災科技", "橋梁檢測", "碳管理", "地熱能源", "智慧交通", "土壤整治", "氫能應用"]),
        ("consumer-chemical", 10, "CC", ["機能性食品", "綠色化學", "紡織材料", "化妝品研發", "食品安全檢驗", "特用化學品", "生質材料", "塗料技術", "農業科技", "寵物保健"]),
        ("management-information", 11, "MI", ["企業數位轉型", "供應鏈管理", "金融科技", "智慧物流", "商業分析", "服務創新管理", "電子商務", "智慧財產管理", "行銷科技", "產業分析", "企業資源規劃"]),
    ];

    public static readonly string[] Universities =
    [
        "國立臺灣大學", "國立清華大學", "國立陽明交通大學", "國立成功大學", "國立中興大學", "國立中央大學", "國立中山大學",
        "國立政治大學", "國立臺灣科技大學", "國立臺北科技大學", "國立中正大學", "國立臺灣師範大學", "國立高雄科技大學",
        "國立雲林科技大學", "國立東華大學", "國立嘉義大學", "國立屏東科技大學", "長庚大學", "逢甲大學", "元智大學",
        "中原大學", "輔仁大學", "東海大學", "淡江大學", "高雄醫學大學", "臺北醫學大學", "中國醫藥大學", "義守大學",
    ];

    public static readonly string[] Surnames = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周"];

    public static readonly string[] GivenNames =
    [
        "志明", "淑芬", "俊傑", "怡君", "建宏", "雅婷", "家豪", "美玲", "宗翰", "佩珊", "冠宇", "欣怡", "承恩", "詩涵",
        "明哲", "宜蓁", "彥廷", "靜宜", "柏翰", "郁婷", "文雄", "秀英", "國華", "麗華",
    ];

    public static readonly string[] CompanyStems =
    [
        "宏達", "聯發", "台達", "智源", "新昇", "光寶", "永豐", "長興", "大成", "和泰", "欣興", "群創", "鼎新", "華新",
        "信昌", "正隆", "東元", "亞泰", "中美", "晶元", "凌華", "研揚", "友通", "瑞昱", "致新", "上銀", "全球", "啟碁",
    ];

    public static readonly string[] CompanyTrades = ["科技", "精密", "電子", "生技", "材料", "工業", "能源", "資訊", "化學", "光電", "機械", "醫療"];

    public static readonly string[] Associations = ["台灣智慧製造協會", "台灣生技產業協會", "台灣綠能產業協會", "台灣資訊服務協會", "台灣精密機械公會", "台灣電子設備協會"];

    public static readonly string[] ResearchInstitutes = ["工業技術研究院", "資訊工業策進會", "金屬工業研究發展中心", "生物技術開發中心", "紡織產業綜合研究所"];

    public static readonly (string Name, string Country)[] ForeignCompanies =
    [
        ("Tanaka Precision Co., Ltd.", "日本"), ("Nordlicht GmbH", "德國"), ("Pacific Devices Inc.", "美國"), ("Seoul Nanotech Co.", "韓國"), ("Lumen Systems B.V.", "荷蘭"),
    ];

    public static readonly (string Name, string Country)[] MainlandCompanies = [("深圳市華科電子有限公司", "中國大陸"), ("蘇州新材料科技有限公司", "中國大陸")];

    public static readonly string[] FeeTierNames = ["基本交流會員", "實驗設備使用會員", "產業技術資料庫會員", "前瞻技術會員"];

    public static readonly string[] FeeTierServices =
    [
        "技術交流活動、電子報、年度研討會",
        "基本交流會員之服務，另可預約使用聯盟實驗設備",
        "基本交流會員之服務，另可查詢產業技術資料庫",
        "前述各項服務，另可參與前瞻技術研發計畫",
    ];

    public static readonly string[] Seminars = ["技術研討會報名費", "產業論壇報名費", "實作工作坊報名費"];

    public static readonly string[] Courses = ["專業人才培訓課程", "技術認證課程", "線上學習課程"];
}
