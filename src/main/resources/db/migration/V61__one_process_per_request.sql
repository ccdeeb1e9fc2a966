-- T-2: a process instance works on one request or notice, and one request or notice is worked on by one
-- instance; lookups from a running step go by the instance id, never by a variable a caller could set.
create unique index vneid_request_process on vneid_request(process_instance_id);
create unique index ihanoi_notice_process on ihanoi_notice(process_instance_id);
