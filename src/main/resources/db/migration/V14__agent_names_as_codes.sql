-- The names of browsers, systems and devices that are not brands are stored as codes, shown in
-- Vietnamese through the messages stats.agent.*: no text of the interface is kept in the data.
UPDATE stats_agent_day SET name = 'OTHER' WHERE name = 'Khác';
UPDATE stats_agent_day SET name = 'PHONE' WHERE name = 'Điện thoại';
UPDATE stats_agent_day SET name = 'TABLET' WHERE name = 'Máy tính bảng';
UPDATE stats_agent_day SET name = 'DESKTOP' WHERE name = 'Máy tính';
