namespace Alliance.Demo.Plan;

/// <summary>The words demo activities are named with.</summary>
internal static class ActivityNames
{
    public static readonly string[] Promotions = ["聯盟會員招募說明會", "產學交流媒合會", "聯盟成果發表會", "產業參訪交流活動", "聯盟年會暨會員大會", "產業趨勢座談會"];

    public static readonly string[] Seminars = ["技術研討會", "實務工作坊", "前瞻技術論壇", "技術應用研討會"];

    public static readonly string[] Venues = ["國際會議廳", "產學合作大樓演講廳", "創新育成中心會議室", "台北國際會議中心", "台中世貿中心", "高雄展覽館"];

    public static readonly string[] Consultations = ["製程改善諮詢", "產品驗證諮詢", "法規與標準諮詢", "技術授權評估諮詢", "研發規劃諮詢", "檢測方法諮詢", "智財布局諮詢"];

    public static readonly string[] Guidance = ["生產線現場診斷", "設備調校指導", "品質管理現場輔導", "試量產現場指導", "製程參數優化指導"];

    public static readonly string[] Products = ["智慧感測模組", "高效能控制器", "檢測套組", "節能裝置", "新型材料配方", "雲端管理平台", "醫療輔具"];

    public static readonly string[] Technologies = ["製程自動化技術", "影像辨識演算法", "表面改質技術", "低溫接合技術", "資料分析模型", "快速檢測技術"];

    public static readonly string[] Hires = ["研發工程師", "製程工程師", "資料分析師", "品保工程師", "專案經理"];

    public static readonly (string Country, string Prefix)[] PatentOffices = [("中華民國", "TW"), ("中華民國", "TW"), ("美國", "US"), ("日本", "JP"), ("中國大陸", "CN")];
}
