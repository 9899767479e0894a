<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GwBenchmarkCommand</name>
    <message>
        <source>Time map redraws of a data file (on a temporary copy) and print the figures.</source>
        <translation>测量数据文件（在临时副本上）的地图重绘耗时，并输出结果。</translation>
    </message>
    <message>
        <source>GridWall data file (GeoPackage) to render; it is copied and never changed.</source>
        <translation>要渲染的 GridWall 数据文件（GeoPackage）；程序只使用其副本，不会修改原文件。</translation>
    </message>
    <message>
        <source>Image size in pixels, WIDTHxHEIGHT.</source>
        <translation>图像尺寸，格式为 WIDTHxHEIGHT，单位为像素。</translation>
    </message>
    <message>
        <source>Number of runs per case, 1 to 1000; the table shows their median and minimum.</source>
        <translation>每个测试项的运行次数，1 到 1000；结果表列出其中位数和最小值。</translation>
    </message>
    <message>
        <source>gridwall benchmark: invalid size “%1”; expected WIDTHxHEIGHT from 16 to 16384 pixels, such as 3840x2160.</source>
        <translation>gridwall benchmark：尺寸“%1”无效；应为 WIDTHxHEIGHT，宽和高均为 16 到 16384 像素，例如 3840x2160。</translation>
    </message>
    <message>
        <source>gridwall benchmark: invalid repeat count “%1”; expected a whole number from 1 to 1000.</source>
        <translation>gridwall benchmark：重复次数“%1”无效；应为 1 到 1000 之间的整数。</translation>
    </message>
    <message>
        <source>Copying data file %1 to a temporary folder failed.</source>
        <translation>将数据文件 %1 复制到临时文件夹失败。</translation>
    </message>
    <message>
        <source>Render benchmark of %1 (on a copy), %2×%3 pixels, map CRS %4, %5 layers, %6 runs per case.</source>
        <translation>%1（副本）的渲染基准测试：%2×%3 像素，地图坐标系 %4，%5 个图层，每个测试项运行 %6 次。</translation>
    </message>
    <message>
        <source>The incident-change case failed: %1</source>
        <translation>“事件变更”测试项失败：%1</translation>
    </message>
    <message>
        <source>case</source>
        <translation>测试项</translation>
    </message>
    <message>
        <source>median ms</source>
        <translation>中位数（毫秒）</translation>
    </message>
    <message>
        <source>min ms</source>
        <translation>最小值（毫秒）</translation>
    </message>
    <message>
        <source>(a) full redraw, sequential job, no cache</source>
        <translation>(a) 完整重绘，顺序渲染作业，无缓存</translation>
    </message>
    <message>
        <source>(b) full redraw, parallel job and cache (wall)</source>
        <translation>(b) 完整重绘，并行渲染作业加缓存（大屏）</translation>
    </message>
    <message>
        <source>(c) one incident changed, only its layer redrawn</source>
        <translation>(c) 一个事件变更，仅重绘其所在图层</translation>
    </message>
    <message>
        <source>Goal (c) ≤ (a)/10: met, %1 ms ≤ %2 ms.</source>
        <translation>目标 (c) ≤ (a)/10：已达到，%1 毫秒 ≤ %2 毫秒。</translation>
    </message>
    <message>
        <source>Goal (c) ≤ (a)/10: not met, %1 ms &gt; %2 ms.</source>
        <translation>目标 (c) ≤ (a)/10：未达到，%1 毫秒 &gt; %2 毫秒。</translation>
    </message>
</context>
<context>
    <name>GwCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: from the system locale).</source>
        <translation>界面语言：zh_CN 或 en（默认按系统区域设置）。</translation>
    </message>
    <message>
        <source>gridwall %1: %2</source>
        <translation>gridwall %1：%2</translation>
    </message>
    <message>
        <source>Run “gridwall %1 --help” for the options.</source>
        <translation>运行“gridwall %1 --help”查看选项。</translation>
    </message>
    <message>
        <source>gridwall %1: invalid language “%2”; use zh_CN or en.</source>
        <translation>gridwall %1：语言“%2”无效；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>gridwall %1: missing argument %2.</source>
        <translation>gridwall %1：缺少参数 %2。</translation>
    </message>
    <message>
        <source>gridwall %1: unexpected argument “%2”.</source>
        <translation>gridwall %1：多余的参数“%2”。</translation>
    </message>
    <message>
        <source>Usage: gridwall %1 [options]</source>
        <translation>用法：gridwall %1 [选项]</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>named by GRIDWALL_DATA</source>
        <translation>由 GRIDWALL_DATA 指定</translation>
    </message>
    <message>
        <source>the default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <source>Data file %1 is not a file.</source>
        <translation>数据文件 %1 不是文件。</translation>
    </message>
    <message>
        <source>Data file %1 not found.</source>
        <translation>未找到数据文件 %1。</translation>
    </message>
    <message>
        <source>Data file %1 (%2) not found. Run “gridwall demo-data %1” first, or pass --data FILE.</source>
        <translation>未找到数据文件 %1（%2）。请先运行“gridwall demo-data %1”，或用 --data FILE 指定数据文件。</translation>
    </message>
</context>
<context>
    <name>GwCommandLine</name>
    <message>
        <source>gridwall: missing subcommand.</source>
        <translation>gridwall：缺少子命令。</translation>
    </message>
    <message>
        <source>gridwall: unknown subcommand “%1”. Run “gridwall --help” for the list.</source>
        <translation>gridwall：未知的子命令“%1”。运行“gridwall --help”查看子命令列表。</translation>
    </message>
    <message>
        <source>Usage: gridwall SUBCOMMAND [options]</source>
        <translation>用法：gridwall SUBCOMMAND [选项]</translation>
    </message>
    <message>
        <source>GridWall shows a subdistrict&apos;s grids, cameras and incidents on a command-centre video wall.</source>
        <translation>GridWall 在指挥中心大屏上显示街道的网格、探头和事件。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the program version and exit.</source>
        <translation>显示程序版本并退出。</translation>
    </message>
    <message>
        <source>Run “gridwall SUBCOMMAND --help” for the options of one subcommand.</source>
        <translation>运行“gridwall SUBCOMMAND --help”查看某个子命令的选项。</translation>
    </message>
    <message>
        <source>The data file defaults to the file named by the environment variable GRIDWALL_DATA, else to wangjiaqiao.gpkg in the application data folder.</source>
        <translation>数据文件默认为环境变量 GRIDWALL_DATA 指定的文件；未设置该变量时，为应用程序数据文件夹中的 wangjiaqiao.gpkg。</translation>
    </message>
</context>
<context>
    <name>GwCsvReader</name>
    <message>
        <source>Failed to open %1: %2.</source>
        <translation>打开 %1 失败：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte sequence(s) are invalid in %2 and were replaced by U+FFFD; choose the file&apos;s encoding if the text looks wrong.</source>
        <translation>
            <numerusform>%1：有 %n 个字节序列不是有效的 %2 编码，已替换为 U+FFFD；如果文字显示不正确，请选择该文件的编码。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 没有表头行。</translation>
    </message>
    <message>
        <source>%1, line %2: the column name %3 appears more than once; only the first column of that name can be found by name.</source>
        <translation>%1 第 %2 行：列名 %3 出现了多次；按名称查找时只能找到同名的第一列。</translation>
    </message>
    <message numerus="yes">
        <source>%1, line %2: the row has %n field(s), but the header has %3 columns; the row was skipped.</source>
        <translation>
            <numerusform>%1 第 %2 行：该行有 %n 个字段，而表头有 %3 列；已跳过该行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed before the end of the file; the row was skipped.</source>
        <translation>%1 第 %2 行：带引号的字段直到文件末尾仍未闭合；已跳过该行。</translation>
    </message>
</context>
<context>
    <name>GwDemoDataCommand</name>
    <message>
        <source>Write the demo subdistrict (汪家桥街道) to a new data file.</source>
        <translation>将演示街道（汪家桥街道）写入新的数据文件。</translation>
    </message>
    <message>
        <source>Seed of the random choices, 0 to 4294967295; the same seed gives the same data.</source>
        <translation>随机数种子，0 到 4294967295；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>GeoPackage to create; it must not exist yet.</source>
        <translation>要创建的 GeoPackage 文件；该文件必须尚不存在。</translation>
    </message>
    <message>
        <source>gridwall demo-data: invalid seed “%1”; expected a whole number from 0 to 4294967295.</source>
        <translation>gridwall demo-data：种子“%1”无效；应为 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>File %1 already exists; choose a new file name or remove it first.</source>
        <translation>文件 %1 已存在；请换一个文件名，或先删除该文件。</translation>
    </message>
    <message>
        <source>Writing the demo data to %1 failed: %2</source>
        <translation>将演示数据写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>Demo data written to %1.</source>
        <translation>演示数据已写入 %1。</translation>
    </message>
</context>
<context>
    <name>GwDemoGenerator</name>
    <message>
        <source>%1 already exists; choose another file name or remove it first.</source>
        <translation>%1 已存在；请换一个文件名，或先删除该文件。</translation>
    </message>
    <message>
        <source>Folder %1 not found.</source>
        <translation>未找到文件夹 %1。</translation>
    </message>
    <message>
        <source>The coordinate reference system EPSG:4546 is not available; check the PROJ installation.</source>
        <translation>坐标系 EPSG:4546 不可用；请检查 PROJ 的安装。</translation>
    </message>
    <message>
        <source>Coordinate transformation failed: %1</source>
        <translation>坐标转换失败：%1</translation>
    </message>
    <message>
        <source>Demo data generation was canceled; nothing was written to %1.</source>
        <translation>已取消生成演示数据；未向 %1 写入任何内容。</translation>
    </message>
    <message>
        <source>Table %1 received row id %2 where %3 was planned.</source>
        <translation>数据表 %1 分配的行 ID 为 %2，而预期为 %3。</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
</context>
<context>
    <name>GwDeviceId</name>
    <message numerus="yes">
        <source>The device ID %1 has %n character(s); a GB/T 28181 ID has 20 digits.</source>
        <translation>
            <numerusform>设备编码 %1 有 %n 个字符；GB/T 28181 编码应为 20 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>The device ID %1 is invalid: a GB/T 28181 ID has only the digits 0–9.</source>
        <translation>设备编码 %1 无效：GB/T 28181 编码只能包含数字 0–9。</translation>
    </message>
    <message>
        <source>Digital video recorder (DVR)</source>
        <translation>数字视频录像机（DVR）</translation>
    </message>
    <message>
        <source>Network video recorder (NVR)</source>
        <translation>网络视频录像机（NVR）</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <source>IP camera</source>
        <translation>网络摄像机（IPC）</translation>
    </message>
    <message>
        <source>Centre signalling server</source>
        <translation>中心信令控制服务器</translation>
    </message>
    <message>
        <source>Business group</source>
        <translation>业务分组</translation>
    </message>
    <message>
        <source>Virtual organisation</source>
        <translation>虚拟组织</translation>
    </message>
</context>
<context>
    <name>GwDomainTerms</name>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Full-time grid worker</source>
        <translation>专职网格员</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>专兼职网格员</translation>
    </message>
    <message>
        <source>Grid instructor</source>
        <translation>网格指导员</translation>
    </message>
    <message>
        <source>Community cadre</source>
        <translation>社区干部</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>小组长</translation>
    </message>
    <message>
        <source>Building leader</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <source>Self-managed</source>
        <translation>自管小区</translation>
    </message>
    <message>
        <source>Property-managed</source>
        <translation>物管小区</translation>
    </message>
    <message>
        <source>Work-unit</source>
        <translation>单位小区</translation>
    </message>
    <message>
        <source>Shop front</source>
        <translation>门面</translation>
    </message>
    <message>
        <source>Self-built house</source>
        <translation>自建房</translation>
    </message>
    <message>
        <source>Commercial housing</source>
        <translation>商品房</translation>
    </message>
    <message>
        <source>Other building</source>
        <translation>其他建筑</translation>
    </message>
    <message>
        <source>Door plate</source>
        <translation>门牌</translation>
    </message>
    <message>
        <source>Building plate</source>
        <translation>楼栋牌</translation>
    </message>
    <message>
        <source>Unit plate</source>
        <translation>单元牌</translation>
    </message>
    <message>
        <source>Room plate</source>
        <translation>房号牌</translation>
    </message>
    <message>
        <source>Sharp Eyes project</source>
        <translation>雪亮工程</translation>
    </message>
    <message>
        <source>Skynet</source>
        <translation>天网</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>HD camera</source>
        <translation>高清探头</translation>
    </message>
    <message>
        <source>Dome camera</source>
        <translation>球机</translation>
    </message>
    <message>
        <source>Legacy camera</source>
        <translation>老旧探头</translation>
    </message>
    <message>
        <source>Marriage and family dispute</source>
        <translation>婚姻家庭纠纷</translation>
    </message>
    <message>
        <source>Neighbour dispute</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>Property dispute</source>
        <translation>物业纠纷</translation>
    </message>
    <message>
        <source>Labour dispute</source>
        <translation>劳资纠纷</translation>
    </message>
    <message>
        <source>Resident request</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <source>Public facility</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <source>Safety hazard</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>Traffic order</source>
        <translation>交通秩序</translation>
    </message>
    <message>
        <source>Fire or smoke</source>
        <translation>烟火</translation>
    </message>
    <message>
        <source>Straw burning</source>
        <translation>秸秆焚烧</translation>
    </message>
    <message>
        <source>Rubbish dumping</source>
        <translation>乱倒垃圾</translation>
    </message>
    <message>
        <source>Crowd density</source>
        <translation>人员聚集</translation>
    </message>
    <message>
        <source>Intrusion into a closed area</source>
        <translation>封闭区域入侵</translation>
    </message>
    <message>
        <source>Camera offline</source>
        <translation>探头离线</translation>
    </message>
    <message>
        <source>Resident WeChat group</source>
        <translation>群众微信群</translation>
    </message>
    <message>
        <source>580 platform</source>
        <translation>580平台</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Drone patrol</source>
        <translation>无人机巡查</translation>
    </message>
    <message>
        <source>Camera alarm</source>
        <translation>探头告警</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Mediated by grid work</source>
        <translation>网格调解化解</translation>
    </message>
    <message>
        <source>Handled with social forces</source>
        <translation>借助社会力量化解</translation>
    </message>
    <message>
        <source>Handled by a department</source>
        <translation>交由职能部门处理</translation>
    </message>
</context>
<context>
    <name>GwGeoPackageStore</name>
    <message>
        <source>Data file %1 not found.</source>
        <translation>未找到数据文件 %1。</translation>
    </message>
    <message>
        <source>Data file %1 is not a readable file.</source>
        <translation>数据文件 %1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage: it is not an SQLite database, or it is corrupt.</source>
        <translation>%1 不是 GeoPackage：它不是 SQLite 数据库，或者已损坏。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage: %2</source>
        <translation>%1 不是 GeoPackage：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage.</source>
        <translation>%1 是 SQLite 数据库，但不是 GeoPackage。</translation>
    </message>
    <message>
        <source>%1 was written by a newer GridWall (schema version %2; this version reads up to %3).</source>
        <translation>%1 由较新版本的 GridWall 写入（结构版本 %2；本版本最高只能读取结构版本 %3）。</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and must be upgraded, but the file is read-only.</source>
        <translation>%1 的结构版本为 %2，需要升级，但该文件为只读。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name or remove it first.</source>
        <translation>%1 已存在；请换一个文件名，或先删除该文件。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>%1 中出现数据库错误：%2</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3</source>
        <translation>在 %2 中%1失败：%3</translation>
    </message>
    <message>
        <source>Reading the schema</source>
        <translation>读取数据库结构</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a GridWall data file (it has no gw_meta table).</source>
        <translation>%1 是 GeoPackage，但不是 GridWall 数据文件（缺少 gw_meta 表）。</translation>
    </message>
    <message>
        <source>%1 has no schema version in its gw_meta table.</source>
        <translation>%1 的 gw_meta 表中没有结构版本。</translation>
    </message>
    <message>
        <source>%1 has an invalid schema version &quot;%2&quot;.</source>
        <translation>%1 的结构版本“%2”无效。</translation>
    </message>
    <message>
        <source>Starting the upgrade</source>
        <translation>开始升级</translation>
    </message>
    <message>
        <source>Registering table %1</source>
        <translation>登记数据表 %1</translation>
    </message>
    <message>
        <source>Registering the geometry of table %1</source>
        <translation>登记数据表 %1 的几何列</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1</source>
        <translation>升级到结构版本 %1</translation>
    </message>
    <message>
        <source>%1 lacks table %2; the file is damaged.</source>
        <translation>%1 缺少数据表 %2；文件已损坏。</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot; in %2.</source>
        <translation>%2 中的数据表“%1”未知。</translation>
    </message>
    <message>
        <source>Table %1 has no column &quot;%2&quot;.</source>
        <translation>数据表 %1 没有“%2”列。</translation>
    </message>
    <message>
        <source>Writing the change log</source>
        <translation>写入变更日志</translation>
    </message>
    <message>
        <source>Updating the extent of %1</source>
        <translation>更新 %1 的范围</translation>
    </message>
    <message>
        <source>Starting a write</source>
        <translation>开始写入</translation>
    </message>
    <message>
        <source>Table %1 has no geometry, but row %2 has one.</source>
        <translation>数据表 %1 没有几何列，但待写入的第 %2 行带有几何。</translation>
    </message>
    <message>
        <source>Row %1 for table %2 has an invalid geometry.</source>
        <translation>待写入数据表 %2 的第 %1 行几何无效。</translation>
    </message>
    <message>
        <source>Preparing a write to %1</source>
        <translation>准备写入 %1</translation>
    </message>
    <message>
        <source>Row %1 for table %2 was not written: %3</source>
        <translation>未能写入数据表 %2 的第 %1 行：%3</translation>
    </message>
    <message>
        <source>Committing a write to %1</source>
        <translation>提交对 %1 的写入</translation>
    </message>
    <message>
        <source>Cannot update a row of %1 without an id.</source>
        <translation>无法更新 %1 中没有 ID 的行。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 has an invalid geometry.</source>
        <translation>数据表 %2 中 ID 为 %1 的行几何无效。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 was not updated: %3</source>
        <translation>未能更新数据表 %2 中 ID 为 %1 的行：%3</translation>
    </message>
    <message>
        <source>Row %1 of table %2 not found.</source>
        <translation>在数据表 %2 中未找到 ID 为 %1 的行。</translation>
    </message>
    <message>
        <source>Reading table %1</source>
        <translation>读取数据表 %1</translation>
    </message>
    <message>
        <source>Counting rows of %1</source>
        <translation>统计 %1 的行数</translation>
    </message>
    <message>
        <source>Writing metadata %1</source>
        <translation>写入元数据 %1</translation>
    </message>
</context>
<context>
    <name>GwIdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号码为空。</translation>
    </message>
    <message numerus="yes">
        <source>The ID number %1 has %n character(s); it must have 18.</source>
        <translation>
            <numerusform>身份证号码 %1 有 %n 个字符；应为 18 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number %1 has an invalid character at position %2; only digits are allowed, and X as the last character.</source>
        <translation>身份证号码 %1 的第 %2 位字符无效；只能是数字，最后一位也可以是 X。</translation>
    </message>
    <message>
        <source>The ID number %1 has the birth date %2, which is not a valid calendar date.</source>
        <translation>身份证号码 %1 中的出生日期 %2 不是有效日期。</translation>
    </message>
    <message>
        <source>The ID number %1 has the birth date %2, which is before 1900.</source>
        <translation>身份证号码 %1 中的出生日期 %2 早于 1900 年。</translation>
    </message>
    <message>
        <source>The ID number %1 has the birth date %2, which is in the future.</source>
        <translation>身份证号码 %1 中的出生日期 %2 晚于今天。</translation>
    </message>
    <message>
        <source>The ID number %1 has the check character %2, but its first 17 digits require %3; the checksum is invalid.</source>
        <translation>身份证号码 %1 的校验码为 %2，但按前 17 位计算应为 %3；校验不通过。</translation>
    </message>
</context>
<context>
    <name>GwImportCommand</name>
    <message>
        <source>Import roads and buildings from an OSM or vector file into a new data file.</source>
        <translation>从 OSM 文件或其他矢量文件导入道路和建筑，写入新的数据文件。</translation>
    </message>
    <message>
        <source>Coordinate system of SOURCE: %1. It is never read from the file, because Chinese data often declare WGS84 while holding GCJ-02 coordinates.</source>
        <translation>SOURCE 的坐标系：%1。程序从不读取文件中声明的坐标系，因为国内数据常常声明为 WGS84，实际却是 GCJ-02 坐标。</translation>
    </message>
    <message>
        <source>File to import (.osm.pbf, .osm, .gpkg, .shp, .geojson, …).</source>
        <translation>要导入的文件（.osm.pbf、.osm、.gpkg、.shp、.geojson 等）。</translation>
    </message>
    <message>
        <source>GeoPackage to create; it must not exist yet.</source>
        <translation>要创建的 GeoPackage 文件；该文件必须尚不存在。</translation>
    </message>
    <message>
        <source>Source file %1 not found.</source>
        <translation>未找到源文件 %1。</translation>
    </message>
    <message>
        <source>File %1 already exists; choose a new file name or remove it first.</source>
        <translation>文件 %1 已存在；请换一个文件名，或先删除该文件。</translation>
    </message>
    <message>
        <source>Importing %1 into %2 failed: %3</source>
        <translation>将 %1 导入 %2 失败：%3</translation>
    </message>
    <message>
        <source>Imported into %3: roads %1, buildings %2; features skipped %4.</source>
        <translation>已导入 %3：道路 %1 条，建筑 %2 栋；跳过要素 %4 个。</translation>
    </message>
    <message>
        <source>Place name that the wall shows in its title, such as 贵溪市. Default: the base name of SOURCE.</source>
        <translation>大屏标题中显示的地名，例如贵溪市。默认：SOURCE 的文件名（不含扩展名）。</translation>
    </message>
</context>
<context>
    <name>GwLayerCatalog</name>
    <message>
        <source>Layer definition folder &quot;%1&quot; not found.</source>
        <translation>未找到图层定义文件夹“%1”。</translation>
    </message>
    <message>
        <source>No layer definition (*.json) found in &quot;%1&quot;.</source>
        <translation>在“%1”中未找到图层定义（*.json）。</translation>
    </message>
    <message>
        <source>Failed to read layer definition %1: %2</source>
        <translation>读取图层定义 %1 失败：%2</translation>
    </message>
    <message>
        <source>Layer definition %1 is not valid JSON: %2 at line %3.</source>
        <translation>图层定义 %1 不是有效的 JSON：%2（第 %3 行）。</translation>
    </message>
    <message>
        <source>Layer definition %1 is invalid: the file must contain one JSON object.</source>
        <translation>图层定义 %1 无效：文件必须只包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Layer definition %1 is invalid: %2</source>
        <translation>图层定义 %1 无效：%2</translation>
    </message>
    <message>
        <source>Layer definition %1 is invalid: the id &quot;%2&quot; is already used by %3.</source>
        <translation>图层定义 %1 无效：id“%2”已被 %3 使用。</translation>
    </message>
    <message>
        <source>GeoPackage file %1 not found, so no map layer is shown.</source>
        <translation>未找到 GeoPackage 文件 %1，因此不显示任何地图图层。</translation>
    </message>
    <message>
        <source>Failed to open %1 as a GeoPackage, so no map layer is shown: %2</source>
        <translation>无法以 GeoPackage 格式打开 %1，因此不显示任何地图图层：%2</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; not found in %2, so the layer &quot;%3&quot; is not shown.</source>
        <translation>在 %2 中未找到数据表“%1”，因此不显示图层“%3”。</translation>
    </message>
    <message>
        <source>Failed to open table &quot;%1&quot; in %2, so the layer &quot;%3&quot; is not shown: %4</source>
        <translation>打开 %2 中的数据表“%1”失败，因此不显示图层“%3”：%4</translation>
    </message>
    <message>
        <source>Style file %1 for the layer &quot;%2&quot; not found, so the layer uses the default style.</source>
        <translation>未找到图层“%2”的样式文件 %1，因此该图层使用默认样式。</translation>
    </message>
    <message>
        <source>Style file %1 is not valid XML at line %2 (%3), so the layer &quot;%4&quot; uses the default style.</source>
        <translation>样式文件 %1 第 %2 行不是有效的 XML（%3），因此图层“%4”使用默认样式。</translation>
    </message>
    <message>
        <source>Failed to load style file %1 for the layer &quot;%2&quot;, so the layer uses the default style: %3</source>
        <translation>加载图层“%2”的样式文件 %1 失败，因此该图层使用默认样式：%3</translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; sets a label scale range, but its style uses rule-based labels, which keep their own ranges.</source>
        <translation>图层“%1”设置了标注比例尺范围，但其样式使用基于规则的标注，这类标注保留各自的比例尺范围。</translation>
    </message>
    <message>
        <source>The layer &quot;%1&quot; sets a label scale range, but its style has no labels.</source>
        <translation>图层“%1”设置了标注比例尺范围，但其样式没有标注。</translation>
    </message>
    <message>
        <source>Failed to read style file %1 for the layer &quot;%2&quot;, so the layer uses the default style: %3</source>
        <translation>读取图层“%2”的样式文件 %1 失败，因此该图层使用默认样式：%3</translation>
    </message>
    <message>
        <source>the file is not in GeoPackage format</source>
        <translation>该文件不是 GeoPackage 格式</translation>
    </message>
</context>
<context>
    <name>GwLayerDefinition</name>
    <message>
        <source>Unknown key &quot;%1&quot;. Allowed keys: %2.</source>
        <translation>未知的键“%1”。允许的键：%2。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is missing.</source>
        <translation>缺少键“%1”。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be a string.</source>
        <translation>键“%1”的值必须是字符串。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is empty.</source>
        <translation>键“%1”的值为空。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has the invalid value &quot;%2&quot;: use lower-case ASCII letters, digits and underscores, starting with a letter.</source>
        <translation>键“%1”的值“%2”无效：只能使用小写 ASCII 字母、数字和下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be a whole number.</source>
        <translation>键“%1”的值必须是整数。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be true or false.</source>
        <translation>键“%1”的值必须是 true 或 false。</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; must be a scale denominator of 0 or more, such as 5000 for 1:5,000.</source>
        <translation>键“%1”的值必须是大于或等于 0 的比例尺分母，例如 5000 表示 1:5,000。</translation>
    </message>
    <message>
        <source>Key &quot;%1minScale&quot; (%2) must be larger than &quot;%1maxScale&quot; (%3), because minScale is the most zoomed-out scale denominator.</source>
        <translation>键“%1minScale”（%2）必须大于“%1maxScale”（%3），因为 minScale 是地图缩小程度最大时的比例尺分母。</translation>
    </message>
    <message>
        <source>Key &quot;style&quot; has the invalid value &quot;%1&quot;: give the name of a .qml file in the styles folder, without a folder path.</source>
        <translation>键“style”的值“%1”无效：请给出 styles 文件夹中某个 .qml 文件的名称，不带文件夹路径。</translation>
    </message>
    <message>
        <source>Key &quot;labels&quot; must be an object with &quot;minScale&quot; and/or &quot;maxScale&quot;.</source>
        <translation>键“labels”的值必须是包含“minScale”和/或“maxScale”的对象。</translation>
    </message>
</context>
<context>
    <name>GwLayerTitles</name>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>House-number plates</source>
        <translation>门牌</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>实有单位</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>探头</translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation>网格人员</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Main road</source>
        <translation>主干道</translation>
    </message>
    <message>
        <source>Secondary road</source>
        <translation>次干道</translation>
    </message>
    <message>
        <source>Minor road</source>
        <translation>支路</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>巷道</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>小路</translation>
    </message>
    <message>
        <source>Other road</source>
        <translation>其他道路</translation>
    </message>
    <message>
        <source>Other compound</source>
        <translation>其他小区</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>其他事件</translation>
    </message>
    <message>
        <source>Camera coverage</source>
        <translation>探头覆盖范围</translation>
    </message>
</context>
<context>
    <name>GwMapProject</name>
    <message>
        <source>Data file %1 could not be opened: %2</source>
        <translation>无法打开数据文件 %1：%2</translation>
    </message>
    <message>
        <source>Data file %1 has no layer that could be drawn.</source>
        <translation>数据文件 %1 中没有可以绘制的图层。</translation>
    </message>
    <message>
        <source>Data file %1 has no grids, roads or buildings to show.</source>
        <translation>数据文件 %1 中没有可显示的网格、道路或楼栋。</translation>
    </message>
    <message>
        <source>The map CRS EPSG:%1 is not known to PROJ; check the PROJ installation.</source>
        <translation>PROJ 无法识别地图坐标系 EPSG:%1；请检查 PROJ 的安装。</translation>
    </message>
</context>
<context>
    <name>GwOsmImporter</name>
    <message numerus="yes">
        <source>%n more warning(s) not listed.</source>
        <translation>
            <numerusform>另有 %n 条警告未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer %1 of %2 cannot be read.</source>
        <translation>无法读取 %2 的图层 %1。</translation>
    </message>
    <message>
        <source>Layer %1 of %2 does not fit source coordinate system %3: %4</source>
        <translation>%2 的图层 %1 与源坐标系 %3 不符：%4</translation>
    </message>
    <message>
        <source>Layer %1 declares coordinate system %2, but the import uses %3 as chosen.</source>
        <translation>图层 %1 声明的坐标系为 %2，但导入时按所选使用 %3。</translation>
    </message>
    <message>
        <source>Layer %1 has no highway or fclass field, so its roads are stored with kind &quot;minor&quot;.</source>
        <translation>图层 %1 没有 highway 或 fclass 字段，因此其道路按类型“minor”保存。</translation>
    </message>
    <message numerus="yes">
        <source>Layer %1: %n point feature(s) not imported, because only roads and buildings are.</source>
        <translation>
            <numerusform>图层 %1：%n 个点要素未导入，因为只导入道路和建筑。</numerusform>
        </translation>
    </message>
    <message>
        <source>OSM %1 skipped: highway=%2 is not a built road.</source>
        <translation>已跳过 OSM %1：highway=%2 不是已建成的道路。</translation>
    </message>
    <message>
        <source>OSM %1</source>
        <translation>OSM %1</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2</source>
        <translation>图层 %2 的要素 %1</translation>
    </message>
    <message>
        <source>%1 skipped: road class %2 is not a built road.</source>
        <translation>已跳过 %1：道路等级 %2 不是已建成的道路。</translation>
    </message>
    <message>
        <source>%1 skipped: it has no geometry.</source>
        <translation>已跳过 %1：没有几何。</translation>
    </message>
    <message>
        <source>%1 skipped: its geometry is empty.</source>
        <translation>已跳过 %1：几何为空。</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>%1 skipped: its geometry is invalid and could not be repaired.</source>
        <translation>已跳过 %1：几何无效且无法修复。</translation>
    </message>
    <message>
        <source>%1: invalid geometry repaired.</source>
        <translation>%1：已修复无效几何。</translation>
    </message>
    <message>
        <source>No target data file given for the import.</source>
        <translation>未指定导入的目标数据文件。</translation>
    </message>
    <message>
        <source>Target data file %1 already exists; choose another file name or remove it first.</source>
        <translation>目标数据文件 %1 已存在；请换一个文件名，或先删除该文件。</translation>
    </message>
    <message>
        <source>%1 already exists: another import is writing it, or an earlier one was interrupted. Remove it if no import is running.</source>
        <translation>%1 已存在：可能有另一个导入正在写入该文件，或之前的导入被中断。如果没有正在进行的导入，请删除该文件。</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was written.</source>
        <translation>已取消导入 %1；未写入任何内容。</translation>
    </message>
    <message>
        <source>No roads or buildings found in %1: it needs line or polygon features (OSM: highway or building tags).</source>
        <translation>在 %1 中未找到道路或建筑：文件需要包含线要素或面要素（OSM 数据需带 highway 或 building 标签）。</translation>
    </message>
    <message>
        <source>Renaming %1 to %2 failed; check that the target does not exist and the folder is writable.</source>
        <translation>将 %1 重命名为 %2 失败；请确认目标文件不存在且文件夹可写。</translation>
    </message>
</context>
<context>
    <name>GwRenderBenchmark</name>
    <message>
        <source>The data file has no incidents layer or no incident to change.</source>
        <translation>数据文件中没有事件图层，或没有可变更的事件。</translation>
    </message>
</context>
<context>
    <name>GwResourcePaths</name>
    <message>
        <source>Resource folder &quot;%1&quot; not found. Searched: %2. Set %3 to the folder that contains it.</source>
        <translation>未找到资源文件夹“%1”。已搜索：%2。请将 %3 设为包含该文件夹的目录。</translation>
    </message>
</context>
<context>
    <name>GwSourceCrs</name>
    <message>
        <source>Invalid source coordinate system &quot;%1&quot;. Use one of: %2.</source>
        <translation>源坐标系“%1”无效。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Source coordinate system EPSG:%1 not found in the PROJ database.</source>
        <translation>在 PROJ 数据库中未找到源坐标系 EPSG:%1。</translation>
    </message>
    <message>
        <source>No valid source coordinate system chosen.</source>
        <translation>未选择有效的源坐标系。</translation>
    </message>
    <message>
        <source>Coordinates %1, %2 are invalid in %3: they do not transform to a longitude and latitude. Check the source coordinate system.</source>
        <translation>坐标 %1, %2 在 %3 中无效：无法转换为经纬度。请检查源坐标系。</translation>
    </message>
    <message>
        <source>The data lie at longitude %1 to %2, latitude %3 to %4, outside the area where %5 is used. Check the source coordinate system.</source>
        <translation>数据位于经度 %1 至 %2、纬度 %3 至 %4，超出了 %5 的适用范围。请检查源坐标系。</translation>
    </message>
    <message>
        <source>Eastings like %1 carry zone prefix %2; use EPSG:%3 instead of %4.</source>
        <translation>东坐标（如 %1）带有带号前缀 %2；请使用 EPSG:%3，而不是 %4。</translation>
    </message>
    <message>
        <source>Eastings like %1 carry zone prefix %2, but %3 expects eastings without a zone prefix; choose the coordinate system of zone %2.</source>
        <translation>东坐标（如 %1）带有带号前缀 %2，但 %3 要求东坐标不带带号前缀；请选择第 %2 带的坐标系。</translation>
    </message>
    <message>
        <source>Eastings like %1 have no zone prefix, but %2 expects prefix %3; use EPSG:%4 instead of %2.</source>
        <translation>东坐标（如 %1）不带带号前缀，但 %2 要求前缀 %3；请使用 EPSG:%4，而不是 %2。</translation>
    </message>
    <message>
        <source>Eastings like %1 have no zone prefix, but %2 expects prefix %3; choose the coordinate system without zone prefix for this central meridian.</source>
        <translation>东坐标（如 %1）不带带号前缀，但 %2 要求前缀 %3；请选择该中央子午线下不带带号前缀的坐标系。</translation>
    </message>
    <message>
        <source>Eastings like %1 carry zone prefix %2, but %3 is zone %4; use EPSG:%5 instead of %3.</source>
        <translation>东坐标（如 %1）带有带号前缀 %2，但 %3 属于第 %4 带；请使用 EPSG:%5，而不是 %3。</translation>
    </message>
    <message>
        <source>Eastings like %1 carry zone prefix %2, but %3 is zone %4; choose the coordinate system of zone %2.</source>
        <translation>东坐标（如 %1）带有带号前缀 %2，但 %3 属于第 %4 带；请选择第 %2 带的坐标系。</translation>
    </message>
    <message>
        <source>Transforming from %1 to WGS84 failed.</source>
        <translation>从 %1 转换到 WGS84 失败。</translation>
    </message>
    <message>
        <source>Transforming from %1 to WGS84 failed: %2</source>
        <translation>从 %1 转换到 WGS84 失败：%2</translation>
    </message>
    <message>
        <source>Transforming from %1 gave an invalid longitude/latitude %2, %3.</source>
        <translation>从 %1 转换得到的经纬度 %2, %3 无效。</translation>
    </message>
</context>
<context>
    <name>GwStatusStrip</name>
    <message>
        <source>Cameras online %1 % (%2/%3)</source>
        <translation>探头在线率 %1%（%2/%3）</translation>
    </message>
    <message>
        <source>Open incidents %1</source>
        <translation>未结事件 %1</translation>
    </message>
    <message>
        <source>Overdue tasks %1</source>
        <translation>超时任务 %1</translation>
    </message>
    <message>
        <source>No cameras in this data file</source>
        <translation>此数据文件中没有探头</translation>
    </message>
</context>
<context>
    <name>GwStore</name>
    <message>
        <source>PostgreSQL data sources are not supported yet: %1. Use a GeoPackage file.</source>
        <translation>暂不支持 PostgreSQL 数据源：%1。请使用 GeoPackage 文件。</translation>
    </message>
</context>
<context>
    <name>GwTextDecoder</name>
    <message>
        <source>The encoding %1 is not supported; choose UTF-8, GB18030, GBK, UTF-16LE or UTF-16BE.</source>
        <translation>不支持编码 %1；请选择 UTF-8、GB18030、GBK、UTF-16LE 或 UTF-16BE。</translation>
    </message>
    <message>
        <source>Decoding GB18030 failed: %1.</source>
        <translation>GB18030 解码失败：%1。</translation>
    </message>
</context>
<context>
    <name>GwVectorSource</name>
    <message>
        <source>Source file %1 not found.</source>
        <translation>未找到源文件 %1。</translation>
    </message>
    <message>
        <source>Source file %1 cannot be read: permission denied.</source>
        <translation>无法读取源文件 %1：权限不足。</translation>
    </message>
    <message>
        <source>Cannot read %1: the QGIS OGR data provider is not available.</source>
        <translation>无法读取 %1：QGIS 的 OGR 数据提供程序不可用。</translation>
    </message>
    <message>
        <source>Source file %1 is invalid: GDAL/OGR finds no vector layer in it.</source>
        <translation>源文件 %1 无效：GDAL/OGR 在其中找不到矢量图层。</translation>
    </message>
    <message>
        <source>Source file %1 cannot be read: %2</source>
        <translation>无法读取源文件 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1 failed: the in-memory copy of its feature array could not be written.</source>
        <translation>读取 %1 失败：无法写入其要素数组的内存副本。</translation>
    </message>
</context>
<context>
    <name>GwWall</name>
    <message>
        <source>Grid governance command centre</source>
        <translation>网格综治指挥中心</translation>
    </message>
    <message>
        <source>%1 grid governance command centre</source>
        <translation>%1网格综治指挥中心</translation>
    </message>
    <message>
        <source>Layout %1, window “%2”: extent layer “%3” not found in the layer catalog.</source>
        <translation>布局 %1，窗口“%2”：在图层目录中未找到范围图层“%3”。</translation>
    </message>
    <message>
        <source>Layout %1, window “%2”: extent layer “%3” has no features in the data file.</source>
        <translation>布局 %1，窗口“%2”：范围图层“%3”在数据文件中没有要素。</translation>
    </message>
    <message>
        <source>Screenshot folder %1 could not be created.</source>
        <translation>无法创建截图文件夹 %1。</translation>
    </message>
    <message>
        <source>Rendering window “%1” did not finish within %2 s.</source>
        <translation>窗口“%1”的渲染未在 %2 秒内完成。</translation>
    </message>
    <message>
        <source>Screenshot %1 could not be written.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
</context>
<context>
    <name>GwWallCommand</name>
    <message>
        <source>Show the map, legend and status on the wall screens.</source>
        <translation>在大屏上显示地图、图例和状态。</translation>
    </message>
    <message>
        <source>GridWall data file (GeoPackage) to show.</source>
        <translation>要显示的 GridWall 数据文件（GeoPackage）。</translation>
    </message>
    <message>
        <source>Wall layout file (JSON) placing the windows on the screens; default: one window on the primary screen.</source>
        <translation>大屏布局文件（JSON），规定各窗口在屏幕上的位置；默认在主屏幕上显示一个窗口。</translation>
    </message>
    <message>
        <source>Render every window once, save it as DIR/&lt;window name&gt;.png and exit.</source>
        <translation>将每个窗口渲染一次，保存为 DIR/&lt;窗口名称&gt;.png，然后退出。</translation>
    </message>
    <message>
        <source>No display found for the wall windows; set DISPLAY, or pass --screenshot DIR to render into files.</source>
        <translation>未找到可供大屏窗口使用的显示服务；请设置 DISPLAY，或使用 --screenshot DIR 将窗口渲染到文件。</translation>
    </message>
    <message>
        <source>No screen found for the wall windows.</source>
        <translation>未找到可供大屏窗口使用的屏幕。</translation>
    </message>
</context>
<context>
    <name>GwWallLayout</name>
    <message>
        <source>Layout file %1 is not valid JSON: %2 at byte %3.</source>
        <translation>布局文件 %1 不是有效的 JSON：%2（第 %3 字节）。</translation>
    </message>
    <message>
        <source>Layout file %1 is invalid: the top level must be an object with the key “windows”.</source>
        <translation>布局文件 %1 无效：顶层必须是包含键“windows”的对象。</translation>
    </message>
    <message>
        <source>Layout file %1 is invalid: unknown key “%2” at the top level.</source>
        <translation>布局文件 %1 无效：顶层有未知的键“%2”。</translation>
    </message>
    <message>
        <source>Layout file %1 is invalid: “windows” is missing or not a non-empty array.</source>
        <translation>布局文件 %1 无效：缺少“windows”，或其值不是非空数组。</translation>
    </message>
    <message>
        <source>Layout file %1 is invalid: window %2 is not an object.</source>
        <translation>布局文件 %1 无效：第 %2 个窗口不是对象。</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Layout file %1, window %2: “name” is missing or invalid; use letters, digits, “-” and “_”.</source>
        <translation>布局文件 %1，窗口 %2：“name”缺失或无效；只能使用字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <source>Layout file %1, window %2: the name is used by another window.</source>
        <translation>布局文件 %1，窗口 %2：该名称已被另一个窗口使用。</translation>
    </message>
    <message>
        <source>Layout file %1, window %2: unknown key “%3”.</source>
        <translation>布局文件 %1，窗口 %2：未知的键“%3”。</translation>
    </message>
    <message numerus="yes">
        <source>Layout file %1, window %2: screen %3 not found; this display has %n screen(s), numbered from 0.</source>
        <translation>
            <numerusform>布局文件 %1，窗口 %2：未找到屏幕 %3；当前显示共有 %n 个屏幕，从 0 开始编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout file %1, window %2: screen “%3” not found.</source>
        <translation>布局文件 %1，窗口 %2：未找到屏幕“%3”。</translation>
    </message>
    <message>
        <source>Layout file %1, window %2: “screen” is missing or invalid; give a screen index or a screen name.</source>
        <translation>布局文件 %1，窗口 %2：“screen”缺失或无效；请给出屏幕序号或屏幕名称。</translation>
    </message>
    <message>
        <source>Layout file %1, window %2: “geometry” is invalid; expected [x, y, width, height] in whole pixels.</source>
        <translation>布局文件 %1，窗口 %2：“geometry”无效；应为 [x, y, width, height]，单位为像素，取整数。</translation>
    </message>
    <message>
        <source>Layout file %1, window %2: geometry [%3, %4, %5, %6] is outside screen %7, which is %8×%9 pixels.</source>
        <translation>布局文件 %1，窗口 %2：窗口区域 [%3, %4, %5, %6] 超出了屏幕 %7（%8×%9 像素）。</translation>
    </message>
    <message>
        <source>Layout file %1, window %2: “extent” is invalid; give a layer id or [minLon, minLat, maxLon, maxLat] in degrees with min &lt; max.</source>
        <translation>布局文件 %1，窗口 %2：“extent”无效；请给出图层 id，或以度为单位的 [minLon, minLat, maxLon, maxLat]，且 min &lt; max。</translation>
    </message>
    <message>
        <source>Layout file %1 could not be read: %2.</source>
        <translation>无法读取布局文件 %1：%2。</translation>
    </message>
</context>
</TS>
