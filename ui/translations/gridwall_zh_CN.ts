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
    <message>
        <source>User interface language: zh_CN or en (default: from the system locale); before or after the subcommand.</source>
        <translation>界面语言：zh_CN 或 en（默认按系统区域设置）；可写在子命令之前或之后。</translation>
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
    <name>GwDeskCommand</name>
    <message>
        <source>Open the dispatcher desk: incident queue, assignment, task board and history.</source>
        <translation>打开调度台：事件队列、指派、任务看板和变更记录。</translation>
    </message>
    <message>
        <source>GridWall data file (GeoPackage) to dispatch from.</source>
        <translation>调度所用的 GridWall 数据文件（GeoPackage）。</translation>
    </message>
    <message>
        <source>Name written into the event history for this desk&apos;s changes; default: the login name.</source>
        <translation>本调度台所做的变更在变更记录中署的名称；默认为登录名。</translation>
    </message>
    <message>
        <source>SLA table (JSON) with deadlines by category and priority and the busy policy; default: the built-in table.</source>
        <translation>SLA 时限表（JSON），按类别和优先级规定时限，并规定忙碌策略；默认使用内置的时限表。</translation>
    </message>
    <message>
        <source>Number of the screen to open on, counting from 0; default: the primary screen.</source>
        <translation>在哪个屏幕上打开窗口，屏幕序号从 0 开始；默认为主屏幕。</translation>
    </message>
    <message>
        <source>Id of the incident to select at start.</source>
        <translation>启动时选中的事件 id。</translation>
    </message>
    <message>
        <source>Render the desk once, save it as DIR/desk.png and exit.</source>
        <translation>将调度台渲染一次，保存为 DIR/desk.png，然后退出。</translation>
    </message>
    <message>
        <source>No display found for the desk window; set DISPLAY, or pass --screenshot DIR to render into a file.</source>
        <translation>未找到可供调度台窗口使用的显示服务；请设置 DISPLAY，或使用 --screenshot DIR 将窗口渲染到文件。</translation>
    </message>
    <message>
        <source>Option --actor is empty; give the name to write into the event history.</source>
        <translation>选项 --actor 为空；请给出写入变更记录的名称。</translation>
    </message>
    <message>
        <source>Option --screen “%1” is invalid: give a number from 0 to %2.</source>
        <translation>选项 --screen 的值“%1”无效：请给出 0 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>No screen found for the desk window.</source>
        <translation>未找到可供调度台窗口使用的屏幕。</translation>
    </message>
    <message>
        <source>Option --select “%1” is invalid: give an incident id (a positive number).</source>
        <translation>选项 --select 的值“%1”无效：请给出事件 id（正整数）。</translation>
    </message>
    <message>
        <source>Incident %1 not found among the incidents the desk lists.</source>
        <translation>调度台列出的事件中没有事件 %1。</translation>
    </message>
    <message>
        <source>Screenshot folder %1 could not be created.</source>
        <translation>无法创建截图文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>GwDeskWindow</name>
    <message>
        <source>Dispatcher desk</source>
        <translation>调度台</translation>
    </message>
    <message>
        <source>%1 dispatcher desk</source>
        <translation>%1调度台</translation>
    </message>
    <message>
        <source>Task board (Ctrl+3)</source>
        <translation>任务看板（Ctrl+3）</translation>
    </message>
    <message>
        <source>Event history (Ctrl+4)</source>
        <translation>变更记录（Ctrl+4）</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Age at &amp;most:</source>
        <translation>历时上限(&amp;M)：</translation>
    </message>
    <message>
        <source>Incident queue (Ctrl+1, filter Ctrl+F)</source>
        <translation>事件队列（Ctrl+1，筛选 Ctrl+F）</translation>
    </message>
    <message>
        <source>Map and selected incident</source>
        <translation>地图和所选事件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State…</source>
        <translation>状态…</translation>
    </message>
    <message>
        <source>Candidate staff of the grid (Ctrl+2)</source>
        <translation>本网格候选人员（Ctrl+2）</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>指派(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>改派(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Escalate to grid head…</source>
        <translation>升级给网格长(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark a&amp;ccepted</source>
        <translation>标记为已签收(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;on site</source>
        <translation>标记为已到场(&amp;O)</translation>
    </message>
    <message>
        <source>Mark re&amp;solved</source>
        <translation>标记为已处置(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>重新打开(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Merge into another incident…</source>
        <translation>合并到其他事件(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the &amp;filter</source>
        <translation>转到筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>转到事件队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Go to the &amp;candidate staff</source>
        <translation>转到候选人员(&amp;C)</translation>
    </message>
    <message>
        <source>Go to the &amp;task board</source>
        <translation>转到任务看板(&amp;T)</translation>
    </message>
    <message>
        <source>Go to the event &amp;history</source>
        <translation>转到变更记录(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;lear the filter</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dismiss the message</source>
        <translation>关闭消息(&amp;D)</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Grid list</source>
        <translation>网格列表</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限时长</translation>
    </message>
    <message numerus="yes">
        <source>Under %n hour(s)</source>
        <translation>
            <numerusform>%n 小时以内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under %n day(s)</source>
        <translation>
            <numerusform>%n 天以内</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident selected; select one in the queue first.</source>
        <translation>未选择事件；请先在事件队列中选择一个事件。</translation>
    </message>
    <message>
        <source>Why is incident %1 taken from the staff member who has it?</source>
        <translation>为什么要从当前负责的人员手中收回事件 %1？</translation>
    </message>
    <message>
        <source>Why this change to incident %1? The reason goes into its history.</source>
        <translation>为什么要对事件 %1 做此变更？原因将写入其变更记录。</translation>
    </message>
    <message>
        <source>Incident %1 has no duplicate candidate (same category, within 30 m and 5 minutes) to merge into.</source>
        <translation>事件 %1 没有可合并的疑似重复事件（同一类别、相距 30 米以内且时间相差 5 分钟以内）。</translation>
    </message>
    <message>
        <source>&amp;Into incident:</source>
        <translation>合并到事件(&amp;I)：</translation>
    </message>
    <message>
        <source>No staff member selected for incident %1; select one among the candidate staff.</source>
        <translation>未为事件 %1 选择人员；请在候选人员中选择一人。</translation>
    </message>
    <message>
        <source>Incident %1 updated.</source>
        <translation>事件 %1 已更新。</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Incident %1: %2, %3</source>
        <translation>事件 %1：%2，%3</translation>
    </message>
    <message>
        <source>Task board</source>
        <translation>任务看板</translation>
    </message>
    <message>
        <source>Incident queue</source>
        <translation>事件队列</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>未选择事件。</translation>
    </message>
    <message>
        <source>Incident %1 · %2 · %3 · %4 · grid %5 · reported %6
%7</source>
        <translation>事件 %1 · %2 · %3 · %4 · 网格 %5 · 上报于 %6
%7</translation>
    </message>
    <message>
        <source>Shown: %1 · Open tasks: %2 · Overdue: %3 · Dispatcher: %4</source>
        <translation>显示：%1 · 未完成任务：%2 · 超时：%3 · 调度员：%4</translation>
    </message>
    <message>
        <source>Rendering the desk map did not finish within %1 s.</source>
        <translation>调度台地图的渲染未在 %1 秒内完成。</translation>
    </message>
    <message>
        <source>Screenshot %1 could not be written.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
    <message>
        <source>Why is incident %1 escalated to the grid head?</source>
        <translation>为什么要将事件 %1 升级给网格长？</translation>
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
    <name>GwDispatcher</name>
    <message>
        <source>Incident %1 not found.</source>
        <translation>未找到事件 %1。</translation>
    </message>
    <message>
        <source>Staff member %1 not found.</source>
        <translation>未找到工作人员 %1。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 not found.</source>
        <translation>在数据表 %2 中未找到 ID 为 %1 的行。</translation>
    </message>
    <message>
        <source>staff member %1</source>
        <translation>工作人员 %1</translation>
    </message>
    <message>
        <source>Incident %1 was changed by someone else (now version %2); reload and try again.</source>
        <translation>事件 %1 已被他人修改（当前版本 %2）；请重新加载后再试。</translation>
    </message>
    <message>
        <source>Incident %1 was assigned to %2 by %3 at %4; reload and try again.</source>
        <translation>事件 %1 已由 %3 于 %4 指派给 %2；请重新加载后再试。</translation>
    </message>
    <message>
        <source>Incident %1 was changed to %2 by %3 at %4; reload and try again.</source>
        <translation>事件 %1 已由 %3 于 %4 改为“%2”；请重新加载后再试。</translation>
    </message>
    <message>
        <source>Report %1 is already stored as incident %2; nothing written.</source>
        <translation>上报 %1 已保存为事件 %2；未写入任何内容。</translation>
    </message>
    <message>
        <source>Id %1 was already used for incident %2 with different content; send a new id for a new report.</source>
        <translation>id %1 已用于内容不同的事件 %2；新的上报请使用新的 id。</translation>
    </message>
    <message>
        <source>Incident %1 at lon %2, lat %3 lies in no grid; assign it by hand.</source>
        <translation>事件 %1（经度 %2，纬度 %3）不在任何网格内；请手动指派。</translation>
    </message>
    <message>
        <source>Escalating incident %1 needs a reason.</source>
        <translation>升级事件 %1 需要填写原因。</translation>
    </message>
    <message>
        <source>Reassigning incident %1 needs a reason.</source>
        <translation>改派事件 %1 需要填写原因。</translation>
    </message>
    <message>
        <source>Incident %1 is %2; only reported or dispatched incidents can be assigned.</source>
        <translation>事件 %1 的状态为“%2”；只有已上报或已派遣的事件才能指派。</translation>
    </message>
    <message>
        <source>Incident %1 is already assigned to %2; reassign it instead.</source>
        <translation>事件 %1 已指派给 %2；请改用改派。</translation>
    </message>
    <message>
        <source>Incident %1 lies in no grid, so there is no grid head to escalate to; reassign it instead.</source>
        <translation>事件 %1 不在任何网格内，因此没有可升级到的网格长；请改用改派。</translation>
    </message>
    <message>
        <source>Grid %1 has no grid head to escalate incident %2 to; reassign it instead.</source>
        <translation>网格 %1 没有网格长，无法升级事件 %2；请改用改派。</translation>
    </message>
    <message>
        <source>Incident %1 is already assigned to %2.</source>
        <translation>事件 %1 已指派给 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n open task(s) (incidents %2).</source>
        <translation>
            <numerusform>%1 已有 %n 个未完成的任务（事件 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The busy policy blocks assigning more work; choose someone else.</source>
        <translation>忙碌策略不允许再给此人指派任务；请选择其他人员。</translation>
    </message>
    <message>
        <source>Use assign, reassign or escalate to dispatch incident %1.</source>
        <translation>请通过指派、改派或升级来派遣事件 %1。</translation>
    </message>
    <message>
        <source>Use merge to mark incident %1 as a duplicate.</source>
        <translation>请通过合并将事件 %1 标记为重复。</translation>
    </message>
    <message>
        <source>Unknown incident state &quot;%1&quot;.</source>
        <translation>未知的事件状态“%1”。</translation>
    </message>
    <message>
        <source>Changing incident %1 to %2 needs a reason.</source>
        <translation>将事件 %1 改为“%2”需要填写原因。</translation>
    </message>
    <message>
        <source>Incident %1 is %2 but has no task; reassign it.</source>
        <translation>事件 %1 的状态为“%2”，但没有任务；请改派。</translation>
    </message>
    <message>
        <source>Incident %1 cannot be merged into itself.</source>
        <translation>事件 %1 不能合并到其自身。</translation>
    </message>
    <message>
        <source>Merging incident %1 into incident %2 needs a reason.</source>
        <translation>将事件 %1 合并到事件 %2 需要填写原因。</translation>
    </message>
    <message>
        <source>Incident %1 is itself merged into incident %2; merge into incident %2 instead.</source>
        <translation>事件 %1 本身已合并到事件 %2；请改为合并到事件 %2。</translation>
    </message>
    <message>
        <source>Incident %1 was rejected; a report cannot be merged into it.</source>
        <translation>事件 %1 已驳回；不能将上报合并到该事件。</translation>
    </message>
    <message>
        <source>The report has no id. Every report needs a client-generated id so that a repeated submission is stored once.</source>
        <translation>该上报没有 id。每条上报都需要由客户端生成 id，以保证重复提交只保存一次。</translation>
    </message>
    <message>
        <source>Report %1 has an unknown category &quot;%2&quot;.</source>
        <translation>上报 %1 的类别“%2”未知。</translation>
    </message>
    <message>
        <source>Report %1 has an unknown source &quot;%2&quot;.</source>
        <translation>上报 %1 的来源“%2”未知。</translation>
    </message>
    <message>
        <source>Report %1 has no valid time.</source>
        <translation>上报 %1 没有有效的时间。</translation>
    </message>
    <message>
        <source>Report %1 is dated %2, more than %3 minutes after the current time %4; check the sender&apos;s clock.</source>
        <translation>上报 %1 的时间为 %2，比当前时间 %4 晚了 %3 分钟以上；请检查发送方的时钟。</translation>
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
    <name>GwEventSimulator</name>
    <message>
        <source>Data file %1 has no grid with a readable boundary, so there is nowhere to place simulated events.</source>
        <translation>数据文件 %1 中没有边界可读取的网格，因此无法确定模拟数据的位置。</translation>
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
    <message>
        <source>A transaction is already open on %1.</source>
        <translation>%1 上已有一个进行中的事务。</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>No transaction is open on %1.</source>
        <translation>%1 上没有进行中的事务。</translation>
    </message>
    <message>
        <source>Committing a transaction</source>
        <translation>提交事务</translation>
    </message>
</context>
<context>
    <name>GwHistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
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
    <message>
        <source>Text encoding of the attribute values in SOURCE, such as GBK for most Chinese shapefiles. Default: the encoding the file declares (a shapefile&apos;s .cpg file or .dbf code page), else UTF-8.</source>
        <translation>SOURCE 中属性值的文字编码，例如大多数中文 shapefile 使用 GBK。默认使用文件声明的编码（shapefile 的 .cpg 文件或 .dbf 代码页），未声明时使用 UTF-8。</translation>
    </message>
    <message>
        <source>Text encoding %1 given with --encoding is not supported; use a name such as GBK, GB18030 or UTF-8.</source>
        <translation>不支持用 --encoding 指定的文字编码 %1；请使用 GBK、GB18030 或 UTF-8 等名称。</translation>
    </message>
</context>
<context>
    <name>GwIncidentQueueModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已历时</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>SLA left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>GwIncidentStateMachine</name>
    <message>
        <source>Incident state &quot;%1&quot; is unknown.</source>
        <translation>事件状态“%1”未知。</translation>
    </message>
    <message>
        <source>An incident in state &quot;%1&quot; is final and cannot change to &quot;%2&quot;.</source>
        <translation>状态为“%1”的事件已处于最终状态，不能再改为“%2”。</translation>
    </message>
    <message>
        <source>An incident in state &quot;%1&quot; cannot change to &quot;%2&quot;. Allowed next states: %3.</source>
        <translation>状态为“%1”的事件不能改为“%2”。允许的下一状态：%3。</translation>
    </message>
</context>
<context>
    <name>GwIngestCommand</name>
    <message>
        <source>Read intake events (JSON Lines) from a file or standard input and store them in the data file as they arrive.</source>
        <translation>从文件或标准输入读取接入数据（JSON Lines），随到随存入数据文件。</translation>
    </message>
    <message>
        <source>GridWall data file (GeoPackage) to write the events to.</source>
        <translation>写入数据的 GridWall 数据文件（GeoPackage）。</translation>
    </message>
    <message>
        <source>JSON Lines file to read, or - for standard input (one event per line, UTF-8). Exit status: 0 every line was stored or had been stored before; 1 the data file or INPUT could not be opened or read; 2 the command line is invalid; 3 the input was read to its end but some lines were rejected or failed to write (their messages are on standard error).</source>
        <translation>要读取的 JSON Lines 文件，- 表示标准输入（每行一条记录，UTF-8 编码）。退出状态：0 表示每一行都已保存或此前已保存；1 表示无法打开或读取数据文件或 INPUT；2 表示命令行无效；3 表示输入已读到末尾，但有些行被拒绝或写入失败（相应消息输出到标准错误）。</translation>
    </message>
    <message>
        <source>Data file %1 has no grid with a readable boundary, so events cannot be placed in grids.</source>
        <translation>数据文件 %1 中没有边界可读取的网格，因此无法将记录归入网格。</translation>
    </message>
    <message>
        <source>Reading the input failed after line %1: %2</source>
        <translation>读取输入时在第 %1 行之后失败：%2</translation>
    </message>
    <message>
        <source>Input file %1 could not be opened: %2</source>
        <translation>无法打开输入文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 lines read in %2 s (%3 lines/s): %4 stored, %5 already stored, %6 rejected, %7 failed to write.</source>
        <translation>%2 秒内读取了 %1 行（每秒 %3 行）：%4 行已保存，%5 行此前已保存，%6 行被拒绝，%7 行写入失败。</translation>
    </message>
    <message>
        <source>Line %1: the line is longer than the maximum of %2 bytes and was skipped; shorten its texts or split it into several events.</source>
        <translation>第 %1 行：该行超过了最大长度 %2 字节，已跳过；请缩短其中的文本，或将其拆分为多条记录。</translation>
    </message>
</context>
<context>
    <name>GwIntakeParser</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the line is empty. Each line must contain one JSON object.</source>
        <translation>该行为空。每行必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>malformed JSON at character %1: %2.</source>
        <translation>第 %1 个字符处的 JSON 格式错误：%2。</translation>
    </message>
    <message>
        <source>the line must contain one JSON object, not an array or a value.</source>
        <translation>该行必须包含一个 JSON 对象，而不是数组或单个值。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing.</source>
        <translation>缺少字段“%1”。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a text in double quotes.</source>
        <translation>字段“%1”必须是带双引号的文本。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty.</source>
        <translation>字段“%1”为空。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is too long: %2 characters, at most %3 are allowed.</source>
        <translation>字段“%1”过长：有 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>time &quot;%1&quot; is invalid. Write ISO 8601 with a time of day, such as 2026-12-04T08:00:00+08:00.</source>
        <translation>时间“%1”无效。请使用带时刻的 ISO 8601 格式，例如 2026-12-04T08:00:00+08:00。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a number without quotes.</source>
        <translation>字段“%1”必须是不带引号的数字。</translation>
    </message>
    <message>
        <source>priority %1 is invalid. Use a whole number from 1 (urgent) to 4 (low).</source>
        <translation>优先级 %1 无效。请使用 1（紧急）到 4（低）之间的整数。</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is unknown. Known categories: %2.</source>
        <translation>类别“%1”未知。已知类别：%2。</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is unknown. Known sources: %2.</source>
        <translation>来源“%1”未知。已知来源：%2。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not allowed: alarms are anonymous and carry no person identifiers (name, face, phone, ID number).</source>
        <translation>不允许使用字段“%1”：告警是匿名的，不含任何个人身份信息（姓名、人脸、电话、身份证号码）。</translation>
    </message>
    <message>
        <source>alarm kind &quot;%1&quot; is unknown. Known kinds: %2.</source>
        <translation>告警类型“%1”未知。已知类型：%2。</translation>
    </message>
    <message>
        <source>alarm source &quot;%1&quot; is unknown. Known sources: %2.</source>
        <translation>告警来源“%1”未知。已知来源：%2。</translation>
    </message>
    <message>
        <source>evidence &quot;%1&quot; is invalid. Give a relative path inside the media folder, without &quot;..&quot;, such as media/2026/12/04/0001.jpg.</source>
        <translation>证据“%1”无效。请给出媒体文件夹内的相对路径，不含“..”，例如 media/2026/12/04/0001.jpg。</translation>
    </message>
    <message>
        <source>device_id &quot;%1&quot; is invalid. A GB/T 28181 device ID has exactly 20 digits.</source>
        <translation>device_id“%1”无效。GB/T 28181 设备编码必须正好是 20 位数字。</translation>
    </message>
    <message>
        <source>field &quot;online&quot; must be true or false.</source>
        <translation>字段“online”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>staff_id %1 is invalid. Use the staff member&apos;s positive whole-number id.</source>
        <translation>staff_id %1 无效。请使用该工作人员的 id（正整数）。</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is unknown. Use incident, alarm, camera_status or staff_position.</source>
        <translation>类型“%1”未知。请使用 incident、alarm、camera_status 或 staff_position。</translation>
    </message>
    <message>
        <source>fields &quot;lon&quot; and &quot;lat&quot; must be numbers in decimal degrees, without quotes.</source>
        <translation>字段“lon”和“lat”必须是以十进制度表示的数字，不带引号。</translation>
    </message>
    <message>
        <source>crs &quot;%1&quot; is unknown. Use wgs84, cgcs2000, gcj02 or bd09.</source>
        <translation>crs“%1”未知。请使用 wgs84、cgcs2000、gcj02 或 bd09。</translation>
    </message>
    <message>
        <source>coordinates lon %1, lat %2 look swapped: exchanged they lie in the subdistrict. Put longitude in &quot;lon&quot; and latitude in &quot;lat&quot;.</source>
        <translation>坐标 lon %1、lat %2 似乎写反了：互换后位于本街道内。请将经度写入“lon”，纬度写入“lat”。</translation>
    </message>
    <message>
        <source>coordinates lon %1, lat %2 lie outside the subdistrict (lon %3 to %4, lat %5 to %6).</source>
        <translation>坐标 lon %1、lat %2 位于本街道范围之外（经度 %3 至 %4，纬度 %5 至 %6）。</translation>
    </message>
</context>
<context>
    <name>GwIntakeWriter</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>%1, device %2</source>
        <translation>%1，设备 %2</translation>
    </message>
    <message>
        <source>Incident %1 lies %2 m outside every grid and was given to the nearest grid %3; check the grid boundaries there.</source>
        <translation>事件 %1 位于所有网格之外 %2 米处，已归入最近的网格 %3；请检查该处的网格边界。</translation>
    </message>
    <message>
        <source>Camera status without a device_id.</source>
        <translation>探头状态缺少 device_id。</translation>
    </message>
    <message>
        <source>Camera with device_id %1 not found.</source>
        <translation>未找到 device_id 为 %1 的探头。</translation>
    </message>
    <message>
        <source>Status of camera %1 at %2 is already stored; nothing written.</source>
        <translation>探头 %1 在 %2 的状态已保存；未写入任何内容。</translation>
    </message>
    <message>
        <source>Staff member %1 not found.</source>
        <translation>未找到工作人员 %1。</translation>
    </message>
    <message>
        <source>Position of staff member %1 at %2 is not newer than the stored one (%3); nothing written.</source>
        <translation>工作人员 %1 在 %2 的位置不比已保存的位置（%3）更新；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>GwLatencyBenchmark</name>
    <message>
        <source>The wall window did not finish its first render within %1 s.</source>
        <translation>大屏窗口的首次渲染未在 %1 秒内完成。</translation>
    </message>
    <message>
        <source>The wall has no change watcher to follow.</source>
        <translation>大屏没有可跟踪的变更监视器。</translation>
    </message>
    <message>
        <source>Starting %1 ingest failed: %2</source>
        <translation>启动 %1 ingest 失败：%2</translation>
    </message>
    <message>
        <source>A temporary file for the throughput stream could not be created: %1</source>
        <translation>无法为吞吐量测试数据流创建临时文件：%1</translation>
    </message>
    <message>
        <source>Writing the throughput stream to %1 failed: %2</source>
        <translation>将吞吐量测试数据流写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>The throughput stream %1 could not be opened.</source>
        <translation>无法打开吞吐量测试数据流 %1。</translation>
    </message>
    <message>
        <source>The ingest process ended before it stored its first line; its messages are above.</source>
        <translation>接入进程在保存第一行之前就已结束；其消息见上方。</translation>
    </message>
</context>
<context>
    <name>GwLatencyCommand</name>
    <message>
        <source>Measure the time from an ingested incident to its redraw on the wall, and the ingest throughput, on copies of a data file.</source>
        <translation>在数据文件的副本上测量从事件接入到大屏重绘完成所用的时间，以及接入吞吐量。</translation>
    </message>
    <message>
        <source>GridWall data file (GeoPackage) to measure; it is copied and never changed.</source>
        <translation>要测量的 GridWall 数据文件（GeoPackage）；程序只使用其副本，不会修改原文件。</translation>
    </message>
    <message>
        <source>Number of incidents to measure, 1 to 100000; the simulated stream carries camera status and staff positions between them. The throughput run stores as many events of every type.</source>
        <translation>要测量的事件数，1 到 100000；模拟数据流在事件之间穿插探头状态和人员位置。吞吐量测试对每类记录各保存同样数量。</translation>
    </message>
    <message>
        <source>Events of every type per second fed to the ingest process, above 0 and up to 1000.</source>
        <translation>每秒送入接入进程的记录数（各类合计），大于 0 且不超过 1000。</translation>
    </message>
    <message>
        <source>Size of the wall window in pixels, WIDTHxHEIGHT.</source>
        <translation>大屏窗口尺寸，格式为 WIDTHxHEIGHT，单位为像素。</translation>
    </message>
    <message>
        <source>Seed of the simulated stream, 0 to 4294967295.</source>
        <translation>模拟数据流的随机数种子，0 到 4294967295。</translation>
    </message>
    <message>
        <source>gridwall latency: invalid number of events “%1”; expected a whole number from 1 to 100000.</source>
        <translation>gridwall latency：事件数“%1”无效；应为 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>gridwall latency: invalid rate “%1”; expected events per second above 0 and up to 1000.</source>
        <translation>gridwall latency：速率“%1”无效；应为每秒大于 0 且不超过 1000 条记录。</translation>
    </message>
    <message>
        <source>gridwall latency: invalid size “%1”; expected WIDTHxHEIGHT from 16 to 16384 pixels, such as 1920x1080.</source>
        <translation>gridwall latency：尺寸“%1”无效；应为 WIDTHxHEIGHT，宽和高均为 16 到 16384 像素，例如 1920x1080。</translation>
    </message>
    <message>
        <source>gridwall latency: invalid seed “%1”; expected a whole number from 0 to 4294967295.</source>
        <translation>gridwall latency：种子“%1”无效；应为 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>Copying data file %1 to a temporary folder failed.</source>
        <translation>将数据文件 %1 复制到临时文件夹失败。</translation>
    </message>
    <message>
        <source>Latency of %1 (on a copy): %2 incidents in a stream of %3 events/s, wall window %4×%5 pixels, change log polled every %6 ms.</source>
        <translation>%1（副本）的延迟：在每秒 %3 条记录的数据流中共有 %2 个事件，大屏窗口 %4×%5 像素，每 %6 毫秒轮询一次变更日志。</translation>
    </message>
    <message>
        <source>The ingest process ended with exit code %1; its messages are above.</source>
        <translation>接入进程以退出码 %1 结束；其消息见上方。</translation>
    </message>
    <message>
        <source>No incident reached the wall, so there is no latency to report.</source>
        <translation>没有事件到达大屏，因此没有可报告的延迟。</translation>
    </message>
    <message>
        <source>%1 lines sent, %2 of them incidents; %3 incidents drawn on the wall.</source>
        <translation>共发送 %1 行，其中事件 %2 行；大屏上绘制了 %3 个事件。</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>write → layer reloaded on the wall</source>
        <translation>写入 → 大屏图层重新加载</translation>
    </message>
    <message>
        <source>write → redraw finished (latency)</source>
        <translation>写入 → 重绘完成（延迟）</translation>
    </message>
    <message>
        <source>Goal p99 ≤ %1 ms: met, %2 ms.</source>
        <translation>目标 p99 ≤ %1 毫秒：已达到，%2 毫秒。</translation>
    </message>
    <message>
        <source>Goal p99 ≤ %1 ms: not met, %2 ms.</source>
        <translation>目标 p99 ≤ %1 毫秒：未达到，%2 毫秒。</translation>
    </message>
    <message>
        <source>Ingest throughput: %1 events (%2 stored) in %3 s, %4 events/s, one transaction per event.</source>
        <translation>接入吞吐量：%3 秒内 %1 条记录（已保存 %2 条），每秒 %4 条，每条记录一个事务。</translation>
    </message>
    <message>
        <source>Also read the change log every MS milliseconds, 10 to 10000, to try a shorter poll interval than the wall&apos;s; 0 for none.</source>
        <translation>另外每隔 MS 毫秒读取一次变更日志（10 到 10000），用于试验比大屏更短的轮询间隔；0 表示不额外读取。</translation>
    </message>
    <message>
        <source>gridwall latency: invalid extra poll interval “%1”; expected 0 or a whole number of milliseconds from 10 to 10000.</source>
        <translation>gridwall latency：额外轮询间隔“%1”无效；应为 0，或 10 到 10000 之间的整数毫秒。</translation>
    </message>
    <message>
        <source>Extra reads of the change log every %1 ms.</source>
        <translation>每 %1 毫秒额外读取一次变更日志。</translation>
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
    <message>
        <source>Key &quot;%1&quot; must be 0 or more seconds.</source>
        <translation>键“%1”的值必须是大于或等于 0 的秒数。</translation>
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
    <message>
        <source>Incidents to act on</source>
        <translation>待处置事件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>New in the last 15 minutes</source>
        <translation>最近 15 分钟新增</translation>
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
    <message>
        <source>Text encoding %1 is not supported; use a name such as GBK, GB18030 or UTF-8.</source>
        <translation>不支持文字编码 %1；请使用 GBK、GB18030 或 UTF-8 等名称。</translation>
    </message>
    <message numerus="yes">
        <source>Layer %1 of %2 declares no text encoding and %n feature(s) have text that is not valid UTF-8, so it is stored with replacement characters (U+FFFD). If the file is in Chinese, import it again with --encoding GB18030, which also reads GBK.</source>
        <translation>
            <numerusform>%2 的图层 %1 没有声明文字编码，且有 %n 个要素的文本不是有效的 UTF-8，因此这些文本以替换字符（U+FFFD）保存。如果文件是中文，请使用 --encoding GB18030 重新导入（GB18030 也能读取 GBK）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Layer %1 of %2: %n feature(s) have text that is not valid %3, so it is stored with replacement characters (U+FFFD). Import it again with the file&apos;s encoding, such as --encoding GB18030 for Chinese text.</source>
        <translation>
            <numerusform>%2 的图层 %1：有 %n 个要素的文本不是有效的 %3，因此这些文本以替换字符（U+FFFD）保存。请按文件的实际编码重新导入，中文文本可使用 --encoding GB18030。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GwReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（选填）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
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
    <name>GwSimulateCommand</name>
    <message>
        <source>Write a simulated stream of incidents, alarms, camera status and staff positions (JSON Lines) to standard output.</source>
        <translation>向标准输出写入模拟数据流（JSON Lines 格式），包含事件、告警、探头状态和人员位置。</translation>
    </message>
    <message>
        <source>GridWall data file (GeoPackage) whose grids, incidents, staff and cameras the stream is drawn from; it is only read.</source>
        <translation>GridWall 数据文件（GeoPackage），数据流取自其中的网格、事件、人员和探头；程序只读取该文件。</translation>
    </message>
    <message>
        <source>Events per second, 0 to %1; 0 writes as fast as the reader takes them.</source>
        <translation>每秒写入的记录条数，0 到 %1；为 0 时按读取方能接收的最快速度写入。</translation>
    </message>
    <message>
        <source>Number of events to write, then exit; 0 writes until the reader closes the stream or the program is stopped.</source>
        <translation>写入的记录条数，写完后退出；为 0 时一直写入，直到读取方关闭数据流或程序被停止。</translation>
    </message>
    <message>
        <source>Seed of the random choices, 0 to 4294967295; it is also part of every id (sim-SEED-N). Default: taken from the clock, so that two runs never share an id.</source>
        <translation>随机数种子，0 到 4294967295；种子也是每个 id 的一部分（sim-SEED-N）。默认取自系统时钟，使两次运行不会产生相同的 id。</translation>
    </message>
    <message>
        <source>gridwall simulate: invalid rate “%1”; expected a number of events per second from 0 to %2.</source>
        <translation>gridwall simulate：速率“%1”无效；应为每秒 0 到 %2 条记录。</translation>
    </message>
    <message>
        <source>gridwall simulate: invalid count “%1”; expected a whole number, 0 for no end.</source>
        <translation>gridwall simulate：记录条数“%1”无效；应为整数，0 表示不限条数。</translation>
    </message>
    <message>
        <source>gridwall simulate: invalid seed “%1”; expected a whole number from 0 to 4294967295.</source>
        <translation>gridwall simulate：种子“%1”无效；应为 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>gridwall simulate: writing event %1 to standard output failed: %2</source>
        <translation>gridwall simulate：向标准输出写入第 %1 条记录失败：%2</translation>
    </message>
</context>
<context>
    <name>GwSlaTable</name>
    <message>
        <source>SLA table %1 is not valid JSON at offset %2: %3.</source>
        <translation>SLA 时限表 %1 不是有效的 JSON：%3（偏移量 %2）。</translation>
    </message>
    <message>
        <source>SLA table %1 is invalid: the top level must be a JSON object.</source>
        <translation>SLA 时限表 %1 无效：顶层必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>SLA table %1: the object &quot;categories&quot; is missing.</source>
        <translation>SLA 时限表 %1：缺少对象“categories”。</translation>
    </message>
    <message>
        <source>SLA table %1: category &quot;%2&quot; is unknown.</source>
        <translation>SLA 时限表 %1：未知的类别“%2”。</translation>
    </message>
    <message>
        <source>SLA table %1: category &quot;%2&quot; needs accept_minutes as a list of 4 positive whole numbers (priority 1 to 4).</source>
        <translation>SLA 时限表 %1：类别“%2”的 accept_minutes 必须是由 4 个正整数组成的列表（依次对应优先级 1 到 4）。</translation>
    </message>
    <message>
        <source>SLA table %1: category &quot;%2&quot; needs resolve_minutes as a list of 4 positive whole numbers (priority 1 to 4).</source>
        <translation>SLA 时限表 %1：类别“%2”的 resolve_minutes 必须是由 4 个正整数组成的列表（依次对应优先级 1 到 4）。</translation>
    </message>
    <message>
        <source>SLA table %1: category &quot;%2&quot;, priority %3: accept_minutes %4 is longer than resolve_minutes %5.</source>
        <translation>SLA 时限表 %1：类别“%2”，优先级 %3：accept_minutes（%4）大于 resolve_minutes（%5）。</translation>
    </message>
    <message>
        <source>Failed to open SLA table %1: %2.</source>
        <translation>打开 SLA 时限表 %1 失败：%2。</translation>
    </message>
    <message>
        <source>SLA table %1: busy_policy &quot;%2&quot; is invalid. Use &quot;warn&quot; or &quot;block&quot;.</source>
        <translation>SLA 时限表 %1：busy_policy 的值“%2”无效。请使用“warn”或“block”。</translation>
    </message>
    <message>
        <source>SLA table %1: the category &quot;default&quot; is missing. It applies to every category without a row of its own.</source>
        <translation>SLA 时限表 %1：缺少类别“default”。未单独设置的类别都使用它的时限。</translation>
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
    <name>GwStaffCandidateModel</name>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>在岗状态</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
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
    <name>GwTaskBoardModel</name>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
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
    <message>
        <source>Layer %1 of %2 cannot be read.</source>
        <translation>无法读取 %2 的图层 %1。</translation>
    </message>
    <message>
        <source>%1 is OpenStreetMap data, which is always UTF-8, so text encoding %2 is not applied.</source>
        <translation>%1 是 OpenStreetMap 数据，始终为 UTF-8 编码，因此不使用文字编码 %2。</translation>
    </message>
    <message>
        <source>%1 (%2) is always read as UTF-8, so text encoding %3 is not applied.</source>
        <translation>%1（%2）始终按 UTF-8 读取，因此不使用文字编码 %3。</translation>
    </message>
    <message>
        <source>Layer %1 of %2 has no field %3.</source>
        <translation>%2 的图层 %1 没有字段 %3。</translation>
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
